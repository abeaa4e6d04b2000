// Working one process step as an officer: in the officer workspace (/can-bo: inbox, claim, the
// dossier screen, complete with a decision), or through the API while that page has not landed.
import { expect } from '@playwright/test';
import { apiAs, loginUi, logoutUi } from './support.js';

async function openTask(api, code, node) {
  const p = await api.get(`/dossiers/${code}/process`);
  const t = p.current.find((c) => c.step.node_id === node);
  expect(t, `${code} waits at ${node} (now at ${p.current.map((c) => c.step.node_id).join(', ')})`).toBeTruthy();
  return t;
}

/** Works the step `node` of dossier `code` as `user` with the decision "approve". */
export async function workStep(page, { user, name, node, label, code, ui }) {
  const api = await apiAs(user);
  try {
    const d = await api.get(`/dossiers/${code}`);
    if (!ui) {
      if (d.status === 'submitted_online') {
        // An online dossier's reception step is its acceptance by an officer.
        await api.post(`/dossiers/${code}/transitions`, { action: 'accept' });
        return;
      }
      const t = await openTask(api, code, node);
      if (t.state === 'open') await api.post(`/tasks/${t.id}/claim`);
      await api.post(`/tasks/${t.id}/complete`, { decision: 'approve' });
      return;
    }
    await workStepUi(page, { user, name, node, label, code, status: d.status });
  } finally {
    await api.dispose();
  }
}

async function workStepUi(page, { user, name, label, code }) {
  await loginUi(page, user, name);
  await page.goto('/can-bo?pham-vi=agency');
  const row = page.locator(`[data-testid="inbox-row"][data-code="${code}"]`);
  await expect(row).toContainText(label);
  const claim = row.getByTestId('task-claim');
  if (await claim.count()) {
    await claim.click();
    await expect(row.getByTestId('task-state')).toHaveText('Bạn đang xử lý');
  }
  await row.getByTestId('task-open').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  throw new Error('the dossier screen of the officer workspace: steps not written yet');
  await logoutUi(page);
}
