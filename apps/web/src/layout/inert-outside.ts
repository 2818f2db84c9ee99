/**
 * Makes everything on the page but `element` inert (not focusable, not read, not clickable), as a
 * modal needs; returns the undo. Walks up from the element, so it works wherever it is nested.
 */
export function inertOutside(element: HTMLElement): () => void {
  const made: HTMLElement[] = [];
  for (let node: HTMLElement | null = element; node && node !== document.body; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement?.children ?? [])) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
        sibling.inert = true;
        made.push(sibling);
      }
    }
  }
  return () => made.forEach((sibling) => (sibling.inert = false));
}
