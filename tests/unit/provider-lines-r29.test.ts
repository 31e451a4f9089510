/** Blind round prov29 (tests/fixtures/provider-lines-r29.ts), checked as tests/helpers/provider-round.ts says. */
import { PROVIDER_LINES_R29 } from '../fixtures/provider-lines-r29.ts';
import { providerRound } from '../helpers/provider-round.ts';

providerRound('prov29', PROVIDER_LINES_R29, 17);
