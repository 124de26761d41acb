/**
 * One source per email: an email is written once as a small document
 * (headings, paragraphs, a button, lists, cards, boxes, a table) and rendered
 * twice, to HTML with inline styles and to plain text, so the two parts can
 * never say different things. Text in a document is plain text: the HTML
 * renderer escapes every bit of it, and links reach the HTML only when they
 * are https, tel, sms or mailto.
 */

/** A run of text, or a link with its label. */
export type Inline = string | { href: string; label: string };
/** A line of inlines, joined as they are. */
export type Line = Inline[];

export type Block =
  | { kind: 'heading'; text: string; urgent?: boolean }
  | { kind: 'paragraph'; line: Line; small?: boolean }
  | { kind: 'button'; href: string; label: string; fallback: string }
  | { kind: 'list'; items: Line[]; ordered?: boolean }
  | { kind: 'card'; title: string; subtitle?: string; lines: Line[] }
  | { kind: 'box'; heading?: string; lines: Line[]; urgent?: boolean }
  | { kind: 'table'; rows: Array<[string, string]> };

export interface EmailDocument {
  lang: string;
  subject: string;
  preheader: string;
  /** The practice's name, shown at the top. */
  brand: string;
  blocks: Block[];
  /** Small print at the foot. */
  footer: Line[];
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Only absolute https, tel, sms and mailto links ever reach an email (and
 * plain http to this machine, where the local stack's action links point).
 */
export function safeHref(href: string): string | undefined {
  return /^(?:https:\/\/|tel:|sms:|mailto:|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d{1,5})?\/)/i.test(href) ? href : undefined;
}

const COLORS = { ink: '#1f2933', muted: '#52606d', accent: '#0b5cad', urgent: '#b42318', line: '#d9e2ec', soft: '#f5f7fa' };
const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function inlineHtml(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  const safe = safeHref(part.href);
  return safe
    ? `<a href="${escapeHtml(safe)}" style="color:${COLORS.accent};text-decoration:underline;word-break:break-word">${escapeHtml(part.label)}</a>`
    : escapeHtml(part.label);
}
const lineHtml = (line: Line) => line.map(inlineHtml).join('');

function inlineText(part: Inline): string {
  if (typeof part === 'string') return part;
  const target = part.href.replace(/^(?:tel|sms|mailto):/i, '').replace(/\?.*$/, '');
  return part.label === target || part.label === part.href ? part.label : `${part.label} (${part.href.replace(/^mailto:/i, '')})`;
}
const lineText = (line: Line) => line.map(inlineText).join('');

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="margin:24px 0 12px;${FONT};font-size:19px;line-height:1.3;color:${block.urgent ? COLORS.urgent : COLORS.ink}">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p style="margin:0 0 16px;${FONT};font-size:${block.small ? 14 : 16}px;line-height:1.5;color:${block.small ? COLORS.muted : COLORS.ink}">${lineHtml(block.line)}</p>`;
    case 'button': {
      const safe = safeHref(block.href);
      if (!safe) return '';
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px"><tr><td style="border-radius:6px;background:${COLORS.accent}"><a href="${escapeHtml(safe)}" style="display:inline-block;padding:14px 24px;${FONT};font-size:17px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(block.label)}</a></td></tr></table>` +
        `<p style="margin:0 0 16px;${FONT};font-size:14px;line-height:1.5;color:${COLORS.muted}">${escapeHtml(block.fallback)} ${inlineHtml({ href: block.href, label: block.href })}</p>`
      );
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag} style="margin:0 0 16px;padding-left:20px;${FONT};font-size:16px;line-height:1.5;color:${COLORS.ink}">${block.items.map((i) => `<li style="margin:0 0 6px">${lineHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'card':
      return (
        `<div style="margin:0 0 16px;padding:16px;border:2px solid ${COLORS.line};border-radius:8px;background:${COLORS.soft}">` +
        `<p style="margin:0 0 6px;${FONT};font-size:17px;font-weight:bold;color:${COLORS.ink}">${escapeHtml(block.title)}${block.subtitle ? `, <span style="font-weight:normal">${escapeHtml(block.subtitle)}</span>` : ''}</p>` +
        `<p style="margin:0;${FONT};font-size:15px;line-height:1.5;color:${COLORS.ink}">${block.lines.map(lineHtml).join('<br>')}</p></div>`
      );
    case 'box': {
      const border = block.urgent ? COLORS.urgent : COLORS.line;
      const background = block.urgent ? '#fff5f5' : COLORS.soft;
      const heading = block.heading
        ? block.urgent
          ? `<h1 style="margin:0 0 12px;${FONT};font-size:21px;line-height:1.3;color:${COLORS.urgent}">${escapeHtml(block.heading)}</h1>`
          : `<p style="margin:0 0 8px;${FONT};font-size:15px;font-weight:bold;color:${COLORS.ink}">${escapeHtml(block.heading)}</p>`
        : '';
      return `<div style="margin:0 0 16px;padding:16px;border:2px solid ${border};border-radius:8px;background:${background}">${heading}<p style="margin:0;${FONT};font-size:${block.urgent ? 16 : 15}px;line-height:1.7;color:${COLORS.ink}">${block.lines.map(lineHtml).join('<br>')}</p></div>`;
    }
    case 'table':
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;border-collapse:collapse">${block.rows
        .map(
          ([k, v]) =>
            `<tr><td style="padding:6px 12px 6px 0;vertical-align:top;${FONT};font-size:14px;font-weight:bold;color:${COLORS.muted};width:38%">${escapeHtml(k)}</td><td style="padding:6px 0;vertical-align:top;${FONT};font-size:15px;line-height:1.5;color:${COLORS.ink};white-space:pre-wrap;word-break:break-word">${escapeHtml(v)}</td></tr>`,
        )
        .join('')}</table>`;
  }
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `\n${block.text.toLocaleUpperCase()}`;
    case 'paragraph':
      return lineText(block.line);
    case 'button':
      return `${block.label}: ${block.href}`;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${lineText(item)}`).join('\n');
    case 'card':
      return [`* ${block.title}${block.subtitle ? `, ${block.subtitle}` : ''}`, ...block.lines.map((l) => `  ${lineText(l)}`)].join('\n');
    case 'box':
      return [...(block.heading ? [block.urgent ? block.heading.toLocaleUpperCase() : block.heading] : []), ...block.lines.map((l) => `- ${lineText(l)}`)].join(
        '\n',
      );
    case 'table':
      return block.rows.map(([k, v]) => `${k}: ${v}`).join('\n');
  }
}

export function renderEmail(doc: EmailDocument): RenderedEmail {
  const brand = escapeHtml(doc.brand);
  const html = `<!doctype html>
<html lang="${escapeHtml(doc.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${brand}</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(doc.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff"><tr><td align="center" style="padding:16px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%"><tr><td style="${FONT};color:${COLORS.ink};word-break:break-word">
<p style="margin:0 0 20px;${FONT};font-size:14px;font-weight:bold;letter-spacing:.04em;text-transform:uppercase;color:${COLORS.muted}">${brand}</p>
${doc.blocks.map(blockHtml).join('\n')}
<hr style="border:0;border-top:1px solid ${COLORS.line};margin:24px 0">
<p style="margin:0;${FONT};font-size:13px;line-height:1.5;color:${COLORS.muted}">${doc.footer.map(lineHtml).join('<br>')}</p>
</td></tr></table>
</td></tr></table>
</body></html>`;
  const text = [...doc.blocks.map(blockText), '', '--', ...doc.footer.map(lineText)]
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject: doc.subject, text: `${text}\n`, html };
}
