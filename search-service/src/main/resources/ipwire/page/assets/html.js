// DOM building without innerHTML: every piece of text from the API becomes a text node.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an element. attrs: plain attributes (null/undefined/false are left out, true is an empty
 * attribute), except "class", "text" (textContent) and "on" ({event: handler}). Children may be
 * strings (text nodes), nodes, arrays of those, or null.
 */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Like el(), in the SVG namespace. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') {
      node.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (name === 'text') {
      node.textContent = String(value);
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (name.startsWith('on')) {
      throw new Error(`event handlers go in "on", not as attribute ${name}`);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child of node and appends the given ones. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const namedEntities = new Map();

/**
 * Decodes character references (&amp; &lt; &#39; &ldquo; …) in text that the server HTML-escaped.
 * A named reference is decoded by parsing that reference alone in an inert document, so no markup
 * can ever be interpreted.
 */
export function decodeEntities(text) {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (ref, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
    }
    if (!namedEntities.has(body)) {
      const decoded = new DOMParser().parseFromString(`<!doctype html><p>&${body};`, 'text/html').body.textContent;
      namedEntities.set(body, decoded);
    }
    return namedEntities.get(body);
  });
}

/**
 * Appends a highlight fragment from the search API ("…<em>地理标志</em>…", text HTML-escaped):
 * <em> and </em> become real <em> elements; everything else, any other tag included, is text.
 */
export function appendHighlight(parent, fragment) {
  let target = parent;
  for (const token of String(fragment).split(/(<em>|<\/em>)/)) {
    if (token === '<em>') {
      if (target === parent) {
        target = document.createElement('em');
        parent.append(target);
      }
    } else if (token === '</em>') {
      target = parent;
    } else if (token) {
      target.append(document.createTextNode(decodeEntities(token)));
    }
  }
  return parent;
}

/** An http(s) URL as given, or null for anything else (javascript:, data:, relative …). */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
