<#-- The Markdown page of one version. Values are finished CommonMark made by the renderer from
     sanitised trees; the front matter values are already quoted (version ids are plain ids).
     The body is the policy's text alone; the ids of the previous and next versions are in the
     front matter, for a site generator to link. No key is one a generator reserves (Jekyll reads
     "permalink" as the page's address). Each section's anchor is an <a id> (GitHub) or, in its
     heading, an attribute {#id} (Hugo, Jekyll): see MarkdownFlavour. -->
---
title: ${frontMatter.title}
policy: ${frontMatter.policy}
version: ${frontMatter.version}
effective: ${frontMatter.effective}
status: ${frontMatter.status}
<#if frontMatter.policy_permalink?has_content>policy_permalink: ${frontMatter.policy_permalink}
</#if>
<#if nav.previous??>previous_version: "${nav.previous.id}"
</#if>
<#if nav.next??>next_version: "${nav.next.id}"
</#if>
<#if frontMatter.announced>announced: true
</#if>
<#if frontMatter.noLiquid>render_with_liquid: false
</#if>
---

# ${titleMd}
<#if version.draft>

> **${labelsMd.draft}** ${labelsMd.draftNote}
</#if>
<#if version.announced>

> **${labelsMd.announced}** ${labelsMd.announcedFrom} ${version.effectiveText}<#if nav.inForce??>; ${labelsMd.announcedUntil} [${labelsMd.version} ${nav.inForce.id}](${nav.inForce.href})</#if>.
</#if>
<#if nav.announced??><#list nav.announced as a>

> **${labelsMd.announcement}** ${labelsMd.announcementText} ${a.effectiveText}. [${labelsMd.announcementRead} (${a.id})](${a.href})<#if a.changes??> · [${labelsMd.announcementChanges}](${a.changes})</#if>
</#list></#if>
<#if preambleMd?has_content>

${preambleMd}
</#if>
<#list allSections as s>

<#if s.anchorMd?has_content>${s.anchorMd}

</#if>${s.headingMd}
<#if s.md?has_content>

${s.md}
</#if>
</#list>
