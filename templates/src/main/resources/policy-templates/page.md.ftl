<#-- The Markdown page of one version. Values are finished CommonMark made by the renderer from
     sanitised trees; the front matter values are already quoted (version ids are plain ids).
     The body is the policy's text alone; the ids of the previous and next versions are in the
     front matter, for a site generator to link. -->
---
title: ${frontMatter.title}
policy: ${frontMatter.policy}
version: ${frontMatter.version}
effective: ${frontMatter.effective}
status: ${frontMatter.status}
<#if frontMatter.permalink?has_content>permalink: ${frontMatter.permalink}
</#if>
<#if nav.previous??>previous: "${nav.previous.id}"
</#if>
<#if nav.next??>next: "${nav.next.id}"
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
