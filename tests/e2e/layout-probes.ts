/**
 * Measurements that run inside the page (passed to page.evaluate, so each is self-contained): where
 * characters are drawn on screen, not what order they have in the DOM.
 */

/** One drawn character: its text and the box it is drawn in. */
export interface Glyph {
  readonly ch: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
}

/**
 * Every place where `number` is written inside elements matching `selector` (also across several
 * text nodes, as a bidi-scrambled number may be), as the drawn boxes of its digits, in string order.
 */
export function numberGlyphs([selector, number]: [string, string]): Glyph[][] {
  const found: Glyph[][] = [];
  for (const box of Array.from(document.querySelectorAll(selector))) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
      const glyphs: Glyph[] = [];
      for (let i = at; i < at + number.length; i++) {
        if (!/\d/.test(text[i]!)) continue;
        // Map the index in the joined text back to its text node.
        let rest = i;
        let node = nodes[0]!;
        for (const n of nodes) {
          node = n;
          if (rest < n.data.length) break;
          rest -= n.data.length;
        }
        const range = document.createRange();
        range.setStart(node, rest);
        range.setEnd(node, rest + 1);
        const r = range.getBoundingClientRect();
        glyphs.push({ ch: text[i]!, left: r.left, right: r.right, top: r.top });
      }
      found.push(glyphs);
    }
  }
  return found;
}

/**
 * Words in Arabic script whose letters are drawn on more than one line: every visible text node
 * on the page is split into words, and each word's boxes must share one top.
 */
export function splitArabicWords(): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const parent = node.parentElement;
    if (!parent || parent.closest('select, option, script, style, .visually-hidden, [hidden]')) continue;
    for (const m of node.data.matchAll(/[\u0600-\u06ff\u200c]+/g)) {
      if (m[0].replace(/\u200c/g, '').length < 2) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => Math.round(r.top)),
      );
      if (tops.size > 1) split.push(`${m[0]} (in ${parent.tagName.toLowerCase()}.${parent.className})`);
    }
  }
  return split;
}

/** How far the page scrolls sideways, and the widest elements that stick out of the viewport. */
export function sidewaysOverflow(): { extra: number; culprits: string[] } {
  const root = document.scrollingElement!;
  const width = root.clientWidth;
  const culprits = Array.from(document.querySelectorAll('main *, nav *'))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.right > width + 0.5 || r.left < -0.5))
    .slice(0, 5)
    .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} [${Math.round(r.left)}..${Math.round(r.right)}] "${(el.textContent ?? '').slice(0, 30)}"`);
  return { extra: root.scrollWidth - width, culprits };
}

/** Call buttons whose label and number are drawn over each other, or that stick out of their button. */
export function overlappingCallButtons(): string[] {
  const bad: string[] = [];
  for (const link of Array.from(document.querySelectorAll('.call-link, .detail-actions a.button'))) {
    const number = link.querySelector('.call-number, bdi.nowrap');
    const label = link.querySelector('.call-label') ?? link.querySelector('span');
    if (!number || !label) continue;
    const n = number.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    if (n.left < box.left - 0.5 || n.right > box.right + 0.5) bad.push(`${number.textContent} sticks out of its button`);
    if (label.contains(number)) continue;
    const range = document.createRange();
    range.selectNodeContents(label);
    for (const l of Array.from(range.getClientRects())) {
      const overlap = l.left < n.right && n.left < l.right && l.top < n.bottom && n.top < l.bottom;
      if (overlap && l.width > 0) bad.push(`"${label.textContent}" over ${number.textContent}`);
    }
  }
  return bad;
}
