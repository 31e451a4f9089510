/** Blind round prov31 (tests/fixtures/provider-lines-r31.ts), checked as tests/helpers/provider-round.ts says. */
import { PROVIDER_LINES_R31 } from '../fixtures/provider-lines-r31.ts';
import { providerRound } from '../helpers/provider-round.ts';

providerRound('prov31', PROVIDER_LINES_R31, 50);
