import { withMockApi } from '../setup/mock-api';
import { contractCases } from './contract-cases';

// The mock API, as the app and the component tests see it.
withMockApi();
contractCases(() => 'http://contract.test/api/v1');
