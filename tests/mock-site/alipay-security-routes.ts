/**
 * AliPay's account security (spec, AliPay 8): password, security question and
 * answer, and the six-digit payment PIN the shopper must not lose. Only salted
 * hashes are kept; nothing typed is ever written back into the page.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { ALIPAY_PATHS, earlierStepPage } from './alipay-pages';
import { banner, errorList, field, type Html, linkTo, submitButton } from './controls';
import { type FormFields, readForm } from './form-fields';
import { hashSecret } from './secret-hash';
import type { SecuritySettings } from './session-store';
import { isSecurityQuestionId, SECURITY_QUESTION_IDS, SECURITY_QUESTIONS } from './site-text';
import { sitePage } from './site-page';
import type { AppEnv, View } from './view';

type Checked =
  { ok: true; settings: SecuritySettings } | { ok: false; errors: string[]; question: string };

function check(view: View, form: FormFields): Checked {
  const password = form.get('password');
  const question = form.get('question');
  const answer = form.get('answer').trim();
  const pin = form.get('pin');
  const pinConfirm = form.get('pinConfirm');
  const errors: string[] = [];
  if (password === '' || answer === '' || !isSecurityQuestionId(question)) {
    errors.push(view.t('requiredFields'));
  }
  if (!/^\d{6}$/.test(pin)) errors.push(view.t('pinMustHaveSixDigits'));
  else if (pin !== pinConfirm) errors.push(view.t('pinsDoNotMatch'));
  if (errors.length > 0 || !isSecurityQuestionId(question)) return { ok: false, errors, question };
  return {
    ok: true,
    settings: {
      passwordHash: hashSecret(password),
      question,
      answerHash: hashSecret(answer),
      pinHash: hashSecret(pin),
    },
  };
}

function questionSelect(view: View, selected: string): Html {
  const options = SECURITY_QUESTION_IDS.map(
    (id) =>
      html`<option value="${id}" ${id === selected ? 'selected' : ''}>
        ${view.t(SECURITY_QUESTIONS[id])}
      </option>`,
  );
  return html`<div class="field">
    <label for="security-question">${view.t('securityQuestion')}</label>
    <select id="security-question" name="question">
      <option value="">${view.t('chooseQuestion')}</option>
      ${options}
    </select>
  </div>`;
}

function securityForm(view: View, errors: readonly string[], question: string): Html {
  return sitePage(
    view,
    view.t('securityHeading'),
    html`<h1>${view.t('securityHeading')}</h1>
      ${banner(view.t('emailVerified'))} ${errorList(errors)}
      <form method="post" action="${ALIPAY_PATHS.security}" class="panel">
        ${field({ id: 'password', name: 'password', type: 'password', label: view.t('password'), autocomplete: 'new-password' })}
        ${questionSelect(view, question)}
        ${field({ id: 'security-answer', name: 'answer', label: view.t('answer') })}
        ${field({ id: 'pin', name: 'pin', type: 'password', inputmode: 'numeric', label: view.t('paymentPinSixDigits') })}
        ${field({ id: 'pin-confirm', name: 'pinConfirm', type: 'password', inputmode: 'numeric', label: view.t('confirmPin') })}
        <p class="warning">${view.t('pinWarning')}</p>
        ${submitButton(view, 'save')}
      </form>`,
  );
}

function readyPage(view: View): Html {
  return sitePage(
    view,
    view.t('accountReady'),
    html`<h1>${view.t('securityHeading')}</h1>
      ${banner(view.t('accountReady'))}
      <p>${linkTo(view, 'goToProfile', ALIPAY_PATHS.profile)}</p>`,
  );
}

export function alipaySecurityRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(ALIPAY_PATHS.security, (c) => {
    const view = c.get('view');
    const gate = earlierStepPage(view, 'email-verified');
    if (gate) return c.html(gate);
    return c.html(view.session.security ? readyPage(view) : securityForm(view, [], ''));
  });

  app.post(ALIPAY_PATHS.security, async (c) => {
    const view = c.get('view');
    const gate = earlierStepPage(view, 'email-verified');
    if (gate) return c.html(gate, 409);
    // Setting the PIN twice would need the old one; the mock just shows the finished state.
    if (view.session.security) return c.redirect(ALIPAY_PATHS.security, 303);
    const result = check(view, await readForm(c));
    if (!result.ok) return c.html(securityForm(view, result.errors, result.question), 422);
    view.session.security = result.settings;
    return c.redirect(ALIPAY_PATHS.security, 303);
  });

  return app;
}
