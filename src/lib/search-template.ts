/**
 * The template Pagefind's <pagefind-results> renders each result with (adequate-little-templates syntax).
 * It adds the audience above the title, since the same topic has a guide for each audience, and shows the
 * guide's summary; sub-results link straight to the matching sections, such as a call card's red flags.
 */
export const RESULT_TEMPLATE = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="search-result__audience">{{ meta.audience }}</p>
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      <p class="pf-result-excerpt">{{ meta.summary }}</p>
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a></li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;
