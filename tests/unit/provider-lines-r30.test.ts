/** Blind round prov30 (tests/fixtures/provider-lines-r30.ts), checked as tests/helpers/provider-round.ts says. */
import { PROVIDER_LINES_R30 } from '../fixtures/provider-lines-r30.ts';
import { providerRound } from '../helpers/provider-round.ts';

providerRound('prov30', PROVIDER_LINES_R30, 22);
