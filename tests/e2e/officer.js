// Working one process step as an officer in the officer workspace: the inbox (/can-bo), claim,
// the dossier screen with the process map highlighting the current step, complete with a
// decision (the leader's signing step signs the result).
import { expect } from '@playwright/test';
import { apiAs, capture, loginUi, logoutUi } from './support.js';

async function currentTask(api, code, node) {
  const p = await api.get(`/dossiers/${code}/process`);
  const t = p.current.find((c) => c.step.node_id === node);
  expect(t, `${code} waits at ${node} (now at ${p.current.map((c) => c.step.node_id).join(', ')})`).toBeTruthy();
  return t;
}

/**
 * Works the step `node` (named `label` on the map) of dossier `code` as `user` in the workspace,
 * with the decision "approve". `shots` names the screenshots.
 */
export async function workStep(page, { user, name, node, label, code, shots }) {
  // The step is where the scenario thinks it is before the browser looks for it.
  const api = await apiAs(user);
  await currentTask(api, code, node);
  await api.dispose();
  await loginUi(page, user, name);
  await page.goto('/can-bo?pham-vi=agency');
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
  const row = page.locator(`[data-testid="inbox-row"][data-code="${code}"]`);
  await expect(row).toContainText(label);
  await expect(row.getByTestId('task-deadline')).not.toHaveText('');
  if (shots) await capture(page, `${shots}-inbox`);
  const claim = row.getByTestId('task-claim');
  if (await claim.count()) {
    await claim.click();
    await expect(row.getByTestId('task-state')).toHaveText('Bạn đang xử lý');
  }
  await row.getByTestId('task-open').click();

  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
  // The map highlights the current step, and says it in words.
  await expect(page.getByTestId('process-status')).toContainText(`Bước hiện tại: ${label}`);
  await expect(page.locator(`[data-testid="process-map"] .djs-element.motcua-active[data-element-id="${node}"]`)).toBeAttached();
  const task = page.locator(`[data-testid="task"][data-node-id="${node}"]`);
  await expect(task).toContainText('Bạn đang xử lý bước này');
  if (shots) await capture(page, `${shots}-dossier`, () => expect(task).toBeVisible());

  await task.getByLabel('Cách xử lý').selectOption('approve');
  if (node === 'Task_sign') await expect(task.getByTestId('result-signing')).toBeVisible();
  await task.getByLabel('Ý kiến xử lý').fill(`${label}: hồ sơ đầy đủ, hợp lệ.`);
  await task.getByTestId('task-complete').click();
  await expect(page.getByTestId('task-result')).toContainText(`Đã hoàn thành bước "${label}"`);
  await expect(page.getByTestId('process-history')).toContainText(label);
  await logoutUi(page);
}
