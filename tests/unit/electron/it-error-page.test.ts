import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, itErrorStyles, itErrorStylesPath, renderItErrorPage } from '../../../main/electron/it-error-page';
import { sampleConfigFailure as failure } from '../../helpers/it-error';

test('the IT error page names the file, every field and message, the fix and the log, in French and English', () => {
  const html = renderItErrorPage(failure);
  assert.match(html, /<html lang="fr">/);
  assert.match(html, /La configuration de cette borne n’est pas valide/);
  assert.match(html, /<span lang="en">This kiosk’s machine configuration is not valid<\/span>/);
  assert.match(html, /<code>\/etc\/repere\/config\.json<\/code>/);
  assert.match(
    html,
    /<td><code>mode<\/code><\/td>\s*<td lang="en">Invalid option: expected one of &quot;kiosk&quot;\|&quot;desk&quot;<\/td>/,
  );
  assert.match(html, /<td><code>idleTimeout<\/code><\/td>/);
  assert.match(html, /config validate/);
  assert.match(html, /Repère\/logs\/main\.log/);
});

test('the page works under the strict CSP: no inline script or style, styles from its own file', () => {
  const html = renderItErrorPage(failure);
  assert.doesNotMatch(html, /<script|<style|\sstyle=|\son[a-z]+=/i);
  assert.match(html, new RegExp(`<link rel="stylesheet" href="${itErrorStylesPath}">`));
  assert.doesNotMatch(itErrorStyles, /url\(|@import|http/);
  // Logical properties only, so nothing assumes left-to-right.
  assert.doesNotMatch(itErrorStyles, /(margin|padding|border)-(left|right)|text-align:\s*(left|right)/);
});

test('file names and messages are escaped, so a crafted config cannot inject markup', () => {
  const html = renderItErrorPage({
    ...failure,
    file: '/tmp/<img src=x onerror=alert(1)>.json',
    problems: [{ field: '"><script>alert(1)</script>', message: "it's <b>bad</b> & worse" }],
  });
  assert.doesNotMatch(html, /<img|<script|<b>/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('content and other failures get their own heading', () => {
  assert.match(renderItErrorPage({ ...failure, kind: 'content' }), /Le contenu installé n’est pas valide/);
  assert.match(renderItErrorPage({ ...failure, kind: 'other' }), /Repère ne peut pas démarrer/);
});
