/** Blind round prov26 (tests/fixtures/provider-lines-r26.ts), checked as tests/helpers/provider-round.ts says. */
import { PROVIDER_LINES_R26 } from '../fixtures/provider-lines-r26.ts';
import { providerRound } from '../helpers/provider-round.ts';

providerRound('prov26', PROVIDER_LINES_R26, 20);
