<#-- The Markdown page of one version. Values are finished CommonMark made by the renderer from
     sanitised trees; the front matter values are already quoted. -->
---
title: ${frontMatter.title}
policy: ${frontMatter.policy}
version: ${frontMatter.version}
effective: ${frontMatter.effective}
status: ${frontMatter.status}
<#if frontMatter.permalink?has_content>permalink: ${frontMatter.permalink}
</#if>
---

# ${titleMd}
<#if version.draft>

> **${labelsMd.draft}** ${labelsMd.draftNote}
</#if>
<#if preambleMd?has_content>

${preambleMd}
</#if>
<#list allSections as s>

<a id="${s.id}"></a>

${s.headingMd}
<#if s.md?has_content>

${s.md}
</#if>
</#list>
