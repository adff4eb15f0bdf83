import { createContext, useContext } from 'react';
import type { WorkspaceQuery } from '../../../__generated__/graphql';

export type WorkspaceData = WorkspaceQuery['workspace'];

export const WorkspaceContext = createContext<WorkspaceData | null>(null);

/** The signed-in person's workspace, inside `ConsoleFrame` (which only renders once it is loaded). */
export function useWorkspace(): WorkspaceData {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace is used outside ConsoleFrame');
  return workspace;
}
