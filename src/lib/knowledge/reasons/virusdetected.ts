import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'virusdetected',
  title: "Virus or malware found",
  meaning: "The receiver found a virus or other harmful content in the message and refused it.",
  causes: [
    "An attachment is infected.",
    "A file type often used by malware, such as a document with macros or a program inside a zip file.",
    "The sender's computer or account is compromised and sent the message without their knowledge.",
    "A false alarm by the receiver's virus scanner.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} found a virus or malware in the message",
  likely: "{server} probably found a virus or malware in the message",
  todo: "do not resend the attachment as it is",
  actions: [
    "Do not resend the attachment as it is: scan the file and your computer with up-to-date antivirus software.",
    "If you did not write this message, someone may have forged your address, or your account may be misused: change your password.",
    "If the file is clean, share it another way, such as a cloud storage link, or in a safer format, such as PDF instead of a document with macros.",
  ],
  adminActions: [
    "A bounce for mail the user never sent is often backscatter (a spammer forged the address as the sender): check the returned message's headers, and publish SPF and DMARC for the domain.",
  ],
  adminNote:
    "Usually 554 or 550 with 5.7.0, 5.7.1 or 5.6.0 and the scanner's name. A bounce for mail you never sent is often backscatter: a spammer forged your address as the sender.",
};
