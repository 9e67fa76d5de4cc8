package dev.policyascode.render;

import dev.policyascode.model.Policy;
import freemarker.template.TemplateException;

/**
 * One kind of output of the public site for a policy (the version pages, and whatever later sits
 * beside them). Parts only add files to the output; the renderer writes them all at once.
 */
interface SitePart {

  void render(Policy policy, RenderContext context, OutputFiles out) throws TemplateException;
}
