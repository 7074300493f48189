import { useEffect, useState } from 'react'
import { useT } from '../../app/i18n'
import { faqApi } from './api'
import { groupsOf, textOfGroups } from './draft'

/** The search's synonym groups, one group a line, edited as text. */
export function FaqSynonyms() {
  const t = useT()
  const [text, setText] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    faqApi
      .synonyms()
      .then((s) => setText(textOfGroups(s.groups)))
      .catch(() => setText(''))
  }, [])
  if (text === null) return null
  return (
    <details>
      <summary>{t('faq.editor.synonyms')}</summary>
      <textarea
        className="field-input"
        rows={10}
        value={text}
        data-testid="faq-synonyms"
        aria-label={t('faq.editor.synonyms')}
        onChange={(e) => {
          setSaved(false)
          setText(e.target.value)
        }}
      />
      <button
        type="button"
        className="button"
        onClick={() =>
          void faqApi.saveSynonyms(groupsOf(text)).then((s) => {
            setText(textOfGroups(s.groups))
            setSaved(true)
          })
        }
      >
        {t('faq.editor.save')}
      </button>
      {saved && <span role="status">{t('faq.editor.saved')}</span>}
    </details>
  )
}
