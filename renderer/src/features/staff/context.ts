import { createContext, useContext } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../common/api/contract';

type StaffCallName = Extract<CallName, `staff${string}`>;
type WithoutToken<K extends StaffCallName> = Omit<CallInput<K>, 'token'>;

export interface Staff {
  /** A staff call with the session token added; an expired session leaves staff mode. */
  call<K extends StaffCallName>(name: K, input: WithoutToken<K>): Promise<CallOutput<K>>;
  leave(): void;
}

export const StaffContext = createContext<Staff | null>(null);

export function useStaff(): Staff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff outside staff mode');
  return staff;
}
