<#-- The archive of a policy in Markdown: every version, newest first. -->
---
title: ${frontMatter.title}
policy: ${frontMatter.policy}
<#if frontMatter.noLiquid>render_with_liquid: false
</#if>---

# ${titleMd}${labelsMd.colon}${labelsMd.archiveTitle}
<#list versions as v>

## [${labelsMd.version} ${v.id}](${v.href})

${labelsMd.effective} ${v.effective}<#if v.draft> · **${labelsMd.draft}**<#elseif v.announced> · **${labelsMd.announced}**</#if>
<#if v.summaryMd?has_content>

${v.summaryMd}
</#if>
<#if v.changes?has_content>

[${labelsMd.changes}](${v.changes})
</#if>
</#list>
