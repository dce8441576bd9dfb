import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../../../main/content/load';
import { phraseId } from '../../../main/content/procedure-schema';
import { defaultContentDir } from '../../../main/paths';

/**
 * A checklist item is a thing to bring (a noun phrase, no final stop); its note is a sentence (final stop).
 * A swapped label and note (the violence "other proof" item once read "Any proof is possible." in 16
 * languages) breaks this in that language, whatever the script: . 。 । ። ۔ ! ? ؟ all end a sentence.
 */
const sentenceEnd = /[.\u3002\u0964\u1362\u06D4!?\u061F]$/u;
const content = loadContent(defaultContentDir);

test('in every language, checklist labels are not sentences and their notes are', () => {
  const wrong: string[] = [];
  for (const [lang, phrases] of Object.entries(content.phrases)) {
    for (const p of content.procedures) {
      for (const item of p.checklist) {
        const label = phrases[phraseId.item(p.id, item.id)];
        if (label !== undefined && sentenceEnd.test(label.trim()))
          wrong.push(`${lang} label ${p.id}/${item.id}: ${label}`);
        if (!item.note) continue;
        const note = phrases[phraseId.note(p.id, item.id)];
        if (note !== undefined && !sentenceEnd.test(note.trim()))
          wrong.push(`${lang} note ${p.id}/${item.id}: ${note}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('the violence checklist: "other proof" is the label and "any proof is possible" its note, in English', () => {
  const en = content.phrases.en!;
  assert.equal(en[phraseId.item('violence', 'other')], 'Other proof of the violence');
  assert.equal(en[phraseId.note('violence', 'other')], 'Any proof is possible.');
});
