import type { Feature } from '../serverContext';
import { hoverFeature } from './hoverFeature';
import { serverInfoFeature } from './serverInfoFeature';
import { diagnosticsFeature } from './diagnosticsFeature';
import { codeActionsFeature } from './codeActionsFeature';
import { commandsFeature } from './commandsFeature';
import { completionFeature } from './completionFeature';
import { inlayHintsFeature } from './inlayHintsFeature';
import { definitionFeature } from './definitionFeature';
import { listCodesFeature } from './listCodesFeature';
import { generateConstantsFeature } from './generateConstantsFeature';

/**
 * The features of both servers, each in its own file, in registration order, with a place for
 * the user-catalogue feature: from the file system (Node) or sent by the client (web worker).
 */
export function serverFeatures(userCatalogues: Feature): readonly Feature[] {
  return [
    hoverFeature,
    diagnosticsFeature,
    codeActionsFeature,
    commandsFeature,
    userCatalogues,
    completionFeature,
    inlayHintsFeature,
    definitionFeature,
    listCodesFeature,
    generateConstantsFeature,
    serverInfoFeature,
  ];
}
