/** Blind round prov32 (tests/fixtures/provider-lines-r32.ts), checked as tests/helpers/provider-round.ts says. */
import { PROVIDER_LINES_R32 } from '../fixtures/provider-lines-r32.ts';
import { providerRound } from '../helpers/provider-round.ts';

providerRound('prov32', PROVIDER_LINES_R32, 50);
