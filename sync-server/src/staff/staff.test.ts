import type { StaffAccount, StaffList, StaffWithPassword } from '@madoguchi/shared'
import { newId } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { clientWith } from '../testing/harness'
import { useTestServer } from '../testing/use-server'

// Staff accounts run by an administrator, over real HTTP on a real SQLite file: create with a
// password shown once, sign in with it, reset, disable (sessions end, sign-in refused), enable,
// change role and department; the last active administrator stays; every change audited.

const t = useTestServer('admin')

async function json<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T
}

/** Sign in over HTTP as a user; the client, or the response when refused. */
async function signIn(loginId: string, password: string) {
  const res = await t.server.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginId, password }),
  })
  if (res.status !== 200) return { res, client: undefined }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { res, client: clientWith(t.server, cookie, csrfToken) }
}

async function create(body: object): Promise<StaffWithPassword> {
  const res = await t.client.request('POST', '/api/staff', body)
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201)
  return json<StaffWithPassword>(res)
}

const adminId = () =>
  (t.server.db.prepare("SELECT id FROM staff WHERE login_id = 'admin'").pluck().get() as string) ?? ''

describe('staff accounts', () => {
  it('creates an account whose initial password is shown once and signs in', async () => {
    const { staff, password } = await create({
      loginId: 'Tanaka.K',
      displayName: '田中 健',
      role: 'operator',
    })
    expect(staff).toMatchObject({ loginId: 'tanaka.k', role: 'operator', active: true, department: null })
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    const list = await json<StaffList>(t.client.request('GET', '/api/staff'))
    expect(list.staff.map((s) => s.loginId)).toContain('tanaka.k')
    expect(list.departments).toContain('市民課')
    expect(JSON.stringify(list)).not.toContain(password)
    expect(JSON.stringify(list)).not.toContain('scrypt')
    const { client } = await signIn('tanaka.k', password)
    expect((await client?.request('GET', '/api/auth/session'))?.status).toBe(200)

    const audit = listAudit(t.server.db, { entity: 'staff', entityId: staff.id })
    expect(audit.map((a) => a.action)).toContain('staff.create')
    expect(audit.map((a) => a.detail ?? '').join()).not.toContain('田中')
    expect(audit.map((a) => a.detail ?? '').join()).not.toContain(password)
  })

  it('refuses login IDs outside the alphabet, a taken ID, and a city account without a department', async () => {
    for (const loginId of ['ab', 'tanaka k', 'たなか', '9lives', 'x'.repeat(33)]) {
      const res = await t.client.request('POST', '/api/staff', {
        loginId,
        displayName: '某',
        role: 'operator',
      })
      expect(res.status, loginId).toBe(422)
      expect(Object.keys((await json<{ error: { fields: object } }>(res)).error.fields)).toEqual(['loginId'])
    }
    const taken = await t.client.request('POST', '/api/staff', {
      loginId: 'OPERATOR',
      displayName: '某',
      role: 'operator',
    })
    expect(taken.status).toBe(409)
    expect(await json(taken)).toMatchObject({ error: { code: 'login_id_taken' } })
    const city = await t.client.request('POST', '/api/staff', {
      loginId: 'shimin',
      displayName: '某',
      role: 'city',
    })
    expect(city.status).toBe(422)
    expect(await json(city)).toMatchObject({ error: { fields: { department: [{ code: 'required' }] } } })
    const unknown = await t.client.request('POST', '/api/staff', {
      loginId: 'shimin',
      displayName: '某',
      role: 'city',
      department: '宇宙課',
    })
    expect(unknown.status).toBe(422)
    const ok = await create({
      loginId: 'shimin',
      displayName: '市民 課子',
      role: 'city',
      department: '市民課',
    })
    expect(ok.staff.department).toBe('市民課')
  })

  it('disables an account: its session ends at once and it cannot sign in; enabling lets it back', async () => {
    const { staff, password } = await create({ loginId: 'suzuki', displayName: '鈴木 一', role: 'operator' })
    const { client } = await signIn('suzuki', password)
    expect((await client?.request('GET', '/api/auth/session'))?.status).toBe(200)

    const disabled = await json<StaffAccount>(
      t.client.request('POST', `/api/staff/${staff.id}/active`, { active: false }),
    )
    expect(disabled).toMatchObject({ active: false })
    expect(disabled.disabledAt).not.toBeNull()
    expect((await client?.request('GET', '/api/auth/session'))?.status).toBe(401)
    expect((await signIn('suzuki', password)).res.status).toBe(401)

    await t.client.request('POST', `/api/staff/${staff.id}/active`, { active: true })
    expect((await signIn('suzuki', password)).res.status).toBe(200)
    const actions = listAudit(t.server.db, { entity: 'staff', entityId: staff.id }).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['staff.disable', 'staff.enable']))
  })

  it('resets a password: the old one stops working, the new one is shown once, sessions end', async () => {
    const { staff, password } = await create({ loginId: 'kato', displayName: '加藤 次', role: 'supervisor' })
    const { client } = await signIn('kato', password)
    const reset = await json<StaffWithPassword>(t.client.request('POST', `/api/staff/${staff.id}/password`))
    expect(reset.password).not.toBe(password)
    expect((await client?.request('GET', '/api/auth/session'))?.status).toBe(401)
    expect((await signIn('kato', password)).res.status).toBe(401)
    expect((await signIn('kato', reset.password)).res.status).toBe(200)
    const actions = listAudit(t.server.db, { entity: 'staff', entityId: staff.id }).map((a) => a.action)
    expect(actions).toContain('staff.reset_password')
  })

  it('changes role and department; the account signs in again with the new role', async () => {
    const { staff, password } = await create({ loginId: 'ito', displayName: '伊藤 三', role: 'operator' })
    const { client } = await signIn('ito', password)
    const changed = await json<StaffAccount>(
      t.client.request('POST', `/api/staff/${staff.id}/role`, { role: 'city', department: '市民課' }),
    )
    expect(changed).toMatchObject({ role: 'city', department: '市民課' })
    expect((await client?.request('GET', '/api/auth/session'))?.status).toBe(401)
    const again = await signIn('ito', password)
    expect(await json(again.client?.request('GET', '/api/auth/session') as Promise<Response>)).toMatchObject({
      user: { role: 'city', department: '市民課' },
    })
    // Back to operator: the department goes with the city role.
    const back = await json<StaffAccount>(
      t.client.request('POST', `/api/staff/${staff.id}/role`, { role: 'operator', department: '市民課' }),
    )
    expect(back.department).toBeNull()
    const row = listAudit(t.server.db, { entity: 'staff', entityId: staff.id })[0]
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ fromRole: 'city', role: 'operator' })
  })

  it('never disables or demotes the last active administrator', async () => {
    const id = adminId()
    const disable = await t.client.request('POST', `/api/staff/${id}/active`, { active: false })
    expect(disable.status).toBe(409)
    expect(await json(disable)).toMatchObject({ error: { code: 'last_admin' } })
    const demote = await t.client.request('POST', `/api/staff/${id}/role`, { role: 'operator' })
    expect(demote.status).toBe(409)
    expect((await t.client.request('GET', '/api/staff')).status).toBe(200)

    // With a second administrator, the first may step down.
    await create({ loginId: 'second.admin', displayName: '二番 管理', role: 'admin' })
    const ok = await t.client.request('POST', `/api/staff/${id}/role`, { role: 'supervisor' })
    expect(ok.status).toBe(200)
  })

  it('is for administrators only', async () => {
    for (const role of ['operator', 'supervisor', 'city', 'outreach'] as const) {
      expect((await t.as(role).request('GET', '/api/staff')).status, role).toBe(403)
    }
    // A malformed id is refused as such; a well-formed one that names nobody is not found.
    expect((await t.client.request('POST', '/api/staff/no-such-id/password')).status).toBe(422)
    expect((await t.client.request('POST', `/api/staff/${newId()}/password`)).status).toBe(404)
  })
})
