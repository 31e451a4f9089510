import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'suspend',
  title: "Recipient's account is disabled",
  meaning: "The mailbox exists, but the account has been disabled, suspended or switched off for inactivity, so it does not accept mail.",
  causes: [
    "The account was not paid for or its subscription ended.",
    "The provider disabled it after a long time without logins.",
    "An administrator suspended it, for example after the person left.",
    "The provider locked it for abuse or a security problem.",
  ],
  owner: 'recipient',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The recipient's account is disabled",
  likely: "The recipient's account is probably disabled",
  todo: "stop sending to it until they confirm it works",
  actions: [
    "Tell the recipient another way that their account is disabled, if you can reach them.",
    "Stop sending to {address} until the person confirms it works again.",
    "If it stays disabled, remove it from your list: disabled accounts are often deleted later.",
  ],
  adminActions: [
    "Treat repeated disabled-account bounces like unknown users and suppress the address: receivers count such sends against your reputation.",
  ],
  adminNote:
    "Typically 5.2.1 (Gmail 'account ... is disabled', Yahoo 'This mailbox is disabled (554.30)'). Receivers treat repeated sends to disabled accounts much like sends to unknown users.",
};
