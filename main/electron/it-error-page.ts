/**
 * The full-screen page shown instead of the kiosk when the machine cannot start properly (bad machine config,
 * broken content, database refused). It is for IT, not visitors: French and English only, as plain text with
 * the file and each field at fault. Pure HTML served by the app:// protocol with the same strict CSP, so the
 * styles come from a separate file (no inline style).
 */
export type StartupFailureKind = 'config' | 'content' | 'other';

export interface StartupFailure {
  kind: StartupFailureKind;
  /** The file (or folder) at fault. */
  file: string;
  problems: readonly { field: string; message: string }[];
  /** Where the log file is, so IT knows where to look next. */
  logFile: string;
}

export const itErrorStylesPath = '/it-error.css';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

const headings: Record<StartupFailureKind, { fr: string; en: string }> = {
  config: {
    fr: 'La configuration de cette borne n’est pas valide',
    en: 'This kiosk’s machine configuration is not valid',
  },
  content: { fr: 'Le contenu installé n’est pas valide', en: 'The installed content is not valid' },
  other: { fr: 'Repère ne peut pas démarrer', en: 'Repère cannot start' },
};

const fixes: Record<StartupFailureKind, { fr: string; en: string }> = {
  config: {
    fr: 'Corrigez ce fichier (vérifiez-le avec « repere --cli config validate <fichier> »), puis redémarrez la borne.',
    en: 'Fix this file (check it with “repere --cli config validate <file>”), then restart the kiosk.',
  },
  content: {
    fr: 'Réinstallez Repère ou importez un paquet de contenu valide, puis redémarrez la borne.',
    en: 'Reinstall Repère or import a valid content pack, then restart the kiosk.',
  },
  other: {
    fr: 'Consultez le journal ci-dessous, puis redémarrez la borne.',
    en: 'Read the log named below, then restart the kiosk.',
  },
};

export function renderItErrorPage(failure: StartupFailure): string {
  const h = headings[failure.kind];
  const fix = fixes[failure.kind];
  const rows = failure.problems
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.field || '(fichier / file)')}</code></td>` +
        `<td lang="en">${escapeHtml(p.message)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Repère — erreur de démarrage / startup error</title>
<link rel="stylesheet" href="${itErrorStylesPath}">
</head>
<body>
<main class="it-error">
<div role="alert">
<h1>${escapeHtml(h.fr)}<br><span lang="en">${escapeHtml(h.en)}</span></h1>
<p>Fichier / <span lang="en">File</span>: <code>${escapeHtml(failure.file)}</code></p>
<table>
<caption>Problèmes / <span lang="en">Problems</span></caption>
<thead><tr><th scope="col">Champ / <span lang="en">Field</span></th><th scope="col">Problème / <span lang="en">Problem</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>${escapeHtml(fix.fr)}<br><span lang="en">${escapeHtml(fix.en)}</span></p>
<p>Journal / <span lang="en">Log</span>: <code>${escapeHtml(failure.logFile)}</code></p>
</div>
</main>
</body>
</html>
`;
}

/** High contrast, large type, readable from a step back; logical properties so nothing assumes LTR. */
export const itErrorStyles = `
html, body { margin: 0; min-block-size: 100%; background: #fff8e6; color: #1a1a1a; }
body { font-family: system-ui, sans-serif; font-size: 24px; line-height: 1.4; }
.it-error { box-sizing: border-box; min-block-size: 100vh; padding: 48px; border-inline-start: 24px solid #8a1c00; }
h1 { font-size: 40px; margin-block: 0 32px; }
code { font-size: 22px; background: #ffffff; padding-inline: 6px; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin-block: 24px; inline-size: 100%; }
caption { text-align: start; font-weight: bold; padding-block-end: 8px; }
th, td { text-align: start; border: 2px solid #1a1a1a; padding: 12px; vertical-align: top; }
`;
