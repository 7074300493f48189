import { type FieldProblem, fieldProblemsOf, SignInRequest } from '@madoguchi/shared'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { ApiRequestError } from '../app/api'
import { errorText, fieldText } from '../app/errors'
import { useT } from '../app/i18n'
import { navigate } from '../app/navigation'
import { useOnline } from '../app/online'
import { homePath } from '../app/router'
import { signIn } from '../app/session'
import { Field } from '../ui/Field'
import { PageTitle } from '../ui/PageTitle'

type Problems = Record<string, FieldProblem[]>

/**
 * Staff sign-in. Checks the form with the same schema as the server, shows each problem under its
 * field and everything else in one alert. Offline it says so instead of trying.
 */
export function SignIn() {
  const t = useT()
  const online = useOnline()
  const [loginId, setLoginId] = useState('')
  const [password, setPassword] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const loginIdRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    loginIdRef.current?.focus()
  }, [])

  function focusFirstProblem(found: Problems): void {
    if (found.loginId) loginIdRef.current?.focus()
    else if (found.password) passwordRef.current?.focus()
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (busy || !navigator.onLine) return // offline: the alert below already says why
    const parsed = SignInRequest.safeParse({ loginId, password })
    if (!parsed.success) {
      // One problem per field is enough here: an empty ID is "required", not also "wrong format".
      const found = firstPerField(fieldProblemsOf(parsed.error.issues, (key) => key))
      setProblems(found)
      setFailure(null)
      focusFirstProblem(found)
      return
    }
    setBusy(true)
    setProblems({})
    setFailure(null)
    try {
      const session = await signIn(parsed.data)
      navigate(homePath(session.user.role), { replace: true })
    } catch (error) {
      const found = error instanceof ApiRequestError ? error.fields : {}
      setProblems(found)
      setFailure(errorText(t, error))
      setBusy(false)
      if (error instanceof ApiRequestError && error.code === 'invalid_credentials') {
        setPassword('')
        passwordRef.current?.focus()
      } else {
        focusFirstProblem(found)
      }
    }
  }

  const messagesFor = (field: string) => (problems[field] ?? []).map((problem) => fieldText(t, problem))
  const alert = online ? failure : t('auth.offlineSignIn')

  return (
    <section className="screen screen-narrow" aria-labelledby="sign-in-title">
      <PageTitle id="sign-in-title" title={t('auth.signIn.title')} focus={false} />
      <p className="lead">{t('app.tagline')}</p>
      <form
        className="form"
        data-testid="sign-in-form"
        aria-labelledby="sign-in-title"
        noValidate
        onSubmit={onSubmit}
      >
        <div className="form-alert" role="alert" data-testid="sign-in-alert">
          {alert}
        </div>
        <Field
          ref={loginIdRef}
          id="sign-in-login-id"
          name="loginId"
          label={t('auth.loginId')}
          autoComplete="username"
          value={loginId}
          onChange={setLoginId}
          errors={messagesFor('loginId')}
        />
        <Field
          ref={passwordRef}
          id="sign-in-password"
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          errors={messagesFor('password')}
        />
        <button className="button button-primary" type="submit" aria-disabled={busy || undefined}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </section>
  )
}

function firstPerField(problems: Problems): Problems {
  return Object.fromEntries(Object.entries(problems).map(([field, list]) => [field, list.slice(0, 1)]))
}
