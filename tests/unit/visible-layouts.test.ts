/**
 * Blind round layout16 (tests/fixtures/visible-layouts.ts): the visible text of layouts that
 * are less common or were not held yet, as a mail client shows them (with its header lines
 * where it shows them). Each must give the kind, the recipients and the verdict its words
 * support; where the words do not settle the cause the engine must say so, and no address is
 * a hard bounce unless the words say the address is bad. None may be firmly wrong.
 */
import { VISIBLE_LAYOUTS } from '../fixtures/visible-layouts.ts';
import { visibleRound } from '../helpers/visible-round.ts';

visibleRound({
  round: 'blind round layout16',
  title: 'visible text of less common layouts',
  cases: VISIBLE_LAYOUTS,
  atLeast: 40,
  left: {
    'thunderbird-connection-lost':
      "a mail program's own error that its connection to the outgoing server was lost names no recipient and no reply: it is read as no report (reading 'the message could not be sent' as a failure would also take a web form's error for a bounce)",
  },
  leftCopies: {
    'outlook-forward-with-note-qmail, paragraphs joined':
      "the forward header made one line ('-----Original Message----- From: … Sent: … To: … Subject: failure notice') is no forward header: the note and the notice are read as one text, unsure, no address",
  },
  // The client's header lines name these addresses.
  notRecipients: ['john@example.com', 'john@example.net', 'helpdesk@example.com'],
});
