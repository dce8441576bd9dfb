import { useTranslation } from 'react-i18next';
import type { SpeechCoverageView } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';

/** Per language, how many of the phrases a visitor can hear are heard as clips, by a voice, bridged or not at all. */
export function SpeechCoverageTable({ coverage }: { coverage: SpeechCoverageView[] }) {
  const { t } = useTranslation();
  return (
    <table className="translations-summary" data-testid="speech-coverage">
      <caption>{t('staff.voice.heardTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('staff.voice.language')}</th>
          <th scope="col">{t('staff.voice.status.human')}</th>
          <th scope="col">{t('staff.voice.status.synth')}</th>
          <th scope="col">{t('staff.voice.status.bridge')}</th>
          <th scope="col">{t('staff.voice.status.silent')}</th>
        </tr>
      </thead>
      <tbody>
        {coverage.map((c) => (
          <tr key={c.lang} data-testid={`speech-coverage-${c.lang}`}>
            <th scope="row" lang={languageInfo(c.lang).tag} dir={languageInfo(c.lang).dir}>
              {languageInfo(c.lang).endonym}
            </th>
            <td>{c.clips}</td>
            <td>{c.voice}</td>
            <td>{c.bridge ? `${c.bridged} (${languageInfo(c.bridge).endonym})` : c.bridged}</td>
            <td>{c.silent}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
