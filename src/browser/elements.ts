/**
 * Finding the elements a script needs, with an error that says which one is missing (as govuk-frontend's
 * ElementError does), rather than a bare TypeError on `null` somewhere later.
 */

/** A script's required element is not on the page. */
export class ElementError extends Error {
  constructor(what: string, selector: string) {
    super(`${what}: no element matches ${selector}`);
    this.name = 'ElementError';
  }
}

/** The first element inside `root` matching `selector`; `what` names the script, for the error if there is none. */
export function requireElement<T extends Element = HTMLElement>(root: ParentNode, selector: string, what: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new ElementError(what, selector);
  return element;
}
