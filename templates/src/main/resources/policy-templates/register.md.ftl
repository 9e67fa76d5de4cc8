<#-- The internal record of processing (Art. 30) in CommonMark with a GFM table. Every *Md value
     is escaped by the renderer; the table cells join their lines with <br>, the only tag here. -->
# ${titleMd}

> ${labelsMd["register.internal"]}

${controllerMd}\. ${labelsMd["register.builtFrom"]} ${version}, ${labelsMd["register.effective"]} ${effective}\.
<#if rows?has_content>

${captionMd}

| <#list headersMd as h>${h}<#sep> | </#sep></#list> |
|<#list headersMd as h> --- |</#list>
<#list rows as r>
| [${r.nameMd}](#activity-${r.id}) | <#list r.cellsMd as c>${c}<#sep> | </#sep></#list> |
</#list>

## ${labelsMd["register.views"]}
<#list rows as r>

<a id="activity-${r.id}"></a>

### ${r.nameMd}

- **${labelsMd["register.id"]}:** `${r.id}`
<#list r.fields as f>
<#if f.linesMd?size gt 1>
- **${f.headerMd}:**
<#list f.linesMd as l>
  - ${l}
</#list>
<#else>
- **${f.headerMd}:** <#if f.linesMd?has_content>${f.linesMd[0]}<#else>–</#if>
</#if>
</#list>
</#list>
<#else>

${labelsMd["register.noRows"]}
</#if>
