/**
 * What the callout must leave free besides the highlighted control (issue #11),
 * as CSS selectors found by role and semantics, the way a person sees a page:
 * never a site's ids, classes or paths. The content script measures their
 * boxes (entrypoints/guide/element-tracker.ts); placement is callout-position.ts.
 */

/** Fields a shopper types into or picks from. */
export const FIELDS = 'input:not([type=hidden]),select,textarea';

/**
 * The site's header menus: in the banner landmark (`role="banner"`, or a
 * `header` that is not part of an article, aside, main, nav or section), its
 * navigation, menus, and menu or disclosure buttons such as an account menu.
 */
export const HEADER_MENUS =
  ':is([role=banner],header:not(:is(article,aside,main,nav,section) *)) ' +
  ':is(nav,[role=navigation],[role^=menu],[aria-haspopup],[aria-expanded])';
