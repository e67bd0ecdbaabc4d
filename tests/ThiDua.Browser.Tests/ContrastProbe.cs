namespace ThiDua.Browser.Tests;

/// <summary>
/// In-page script: every visible text's WCAG 2.x contrast against what is drawn behind it. Returns the failures as
/// JSON { html, svg, failures: [{ where, text, colour, background, ratio, needed }] } (html, svg: texts checked). HTML text: its colour over its ancestors' backgrounds,
/// blended until an opaque one. SVG text: its fill over its halo (a stroke painted first) or the shapes drawn before
/// it under three points of it (a label can run past its bar onto the white), then the chart's own background.
/// </summary>
public static class ContrastProbe
{
    public const string Script = """
        () => {
          const parse = c => { const m = /rgba?\(([^)]*)\)/.exec(c || ''); if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
          const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat(1);
          const flatten = (layers, base) => layers.reduceRight((below, top) => over(top, below), base);
          const lum = c => { const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
            return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
          const name = e => { const cls = (e.getAttribute('class') || '').trim().split(/\s+/)[0];
            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : cls ? '.' + cls : ''); };
          const path = e => { const parts = []; for (let n = e; n && n !== document.body && parts.length < 4; n = n.parentElement) parts.unshift(name(n)); return parts.join(' > '); };

          // Hidden from the eye: not rendered, transparent, zero-sized, clipped to a pixel (.sr-only) or moved off the
          // page (the skip link until focused). Disabled controls are exempt (WCAG 1.4.3).
          const hidden = e => {
            if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
            const r = e.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1 || r.bottom + scrollY <= 0 || r.right + scrollX <= 0) return true;
            if (e.closest('.sr-only, :disabled')) return true;
            for (let n = e; n; n = n.parentElement) { const s = getComputedStyle(n);
              if (s.clip !== 'auto' && (n.getBoundingClientRect().width <= 1 || /rect\(0px,? 0px,? 0px,? 0px\)/.test(s.clip))) return true; }
            return false; };
          // aria-hidden HTML is decoration; aria-hidden SVG is not skipped: the heatmap's names pinned on a phone are
          // aria-hidden (the chart under them says the same to a screen reader) yet are the words a reader sees.
          const decorative = e => !!e.closest('[aria-hidden="true"]') && !e.closest('svg');

          const opacity = (e, stop) => { let o = 1; for (let n = e; n && n !== stop; n = n.parentElement) o *= +getComputedStyle(n).opacity; return o; };
          const htmlBackground = e => { const layers = [];
            for (let n = e; n; n = n.parentElement) { const b = parse(getComputedStyle(n).backgroundColor);
              if (b && b[3] > 0) { layers.push(b); if (b[3] >= 1) return { colour: flatten(layers, [255, 255, 255, 1]), from: n }; } }
            return { colour: flatten(layers, [255, 255, 255, 1]), from: null }; };

          const svgBackgrounds = t => {
            const s = getComputedStyle(t), halo = parse(s.stroke), root = t.ownerSVGElement && (() => { let r = t.ownerSVGElement; while (r.ownerSVGElement) r = r.ownerSVGElement; return r; })();
            const base = htmlBackground(root).colour;
            if (halo && /^stroke/.test(s.paintOrder) && parseFloat(s.strokeWidth) >= 2) return [over([...halo.slice(0, 3), halo[3] * +s.strokeOpacity], base)];
            const shapes = [...root.querySelectorAll('rect, circle, ellipse')]
              .filter(sh => sh.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING).reverse();
            const r = t.getBoundingClientRect();
            return [0.15, 0.5, 0.85].map(f => { const x = r.left + r.width * f, y = r.top + r.height / 2, layers = [];
              for (const sh of shapes) { const b = sh.getBoundingClientRect(), fs = getComputedStyle(sh), fill = parse(fs.fill);
                if (!fill || x < b.left || x > b.right || y < b.top || y > b.bottom || fs.display === 'none' || fs.visibility === 'hidden') continue;
                fill[3] *= +fs.fillOpacity * opacity(sh, root); if (fill[3] <= 0) continue;
                layers.push(fill); if (fill[3] >= 1) break; }
              return flatten(layers, base); }); };

          const failures = [], checked = { html: 0, svg: 0 };
          const check = (e, text, colour, backgrounds, px, weight) => {
            checked[e instanceof SVGElement ? 'svg' : 'html']++;
            const large = px >= 24 || (weight >= 700 && px >= 18.66), needed = large ? 3 : 4.5;
            let worst = null;
            for (const b of backgrounds) { const c = over(colour, b), q = ratio(c, b); if (!worst || q < worst.q) worst = { q, c, b }; }
            if (worst.q + 1e-6 < needed) failures.push({ where: path(e), text: text.trim().slice(0, 40), colour: hex(worst.c),
              background: hex(worst.b), ratio: Math.round(worst.q * 100) / 100, needed }); };

          for (const e of document.querySelectorAll('body *')) {
            if (/^(script|style|noscript|template|title|desc|option|optgroup)$/i.test(e.tagName)) continue;
            const isControl = e.matches('select, input:not([type=hidden],[type=checkbox],[type=radio],[type=file],[type=range],[type=color])');
            const own = isControl ? (e.tagName === 'SELECT' ? e.selectedOptions[0]?.text : e.value) || ''
              : [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('');
            if (!own.trim() || hidden(e) || decorative(e)) continue;
            const s = getComputedStyle(e), px = parseFloat(s.fontSize), weight = +s.fontWeight || 400;
            if (e instanceof SVGElement) {
              if (!(e instanceof SVGTextContentElement)) continue;
              const fill = parse(s.fill); if (!fill) continue;
              const root = e.ownerSVGElement; fill[3] *= +s.fillOpacity * opacity(e, null); if (fill[3] <= 0) continue;
              const ctm = e.getScreenCTM(), scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
              check(e, own, fill, svgBackgrounds(e), px * scale, weight);
            } else {
              const colour = parse(s.color); if (!colour) continue;
              const bg = htmlBackground(e); colour[3] *= opacity(e, bg.from);
              check(e, own, colour, [bg.colour], px, weight);
            }
          }
          return JSON.stringify({ ...checked, failures });
        }
        """;
}
