import { buildModel } from '../model/buildModel';
import type { PlanModel } from '../model/types';
import { asMap, keyText } from '../yaml/tree';
import { ChunkedYamlParser } from '../yaml/chunkedParser';
import { layoutChunks } from '../yaml/chunks';
import { findConflicts } from '../yaml/conflicts';
import { progressAt, progressOf, type ExperimentRef, type PlanProgress } from './progress';

/** The sections progress is made of; every other section is skipped without being parsed. */
const SECTIONS = new Set(['skills', 'actions', 'plans']);
const SIMPLE_KEY = /^([A-Za-z0-9_-]+)[ \t]*:/;

/** What one chunk of text adds to a plan's progress. */
interface ChunkFacts {
  /** The entry ids of a section entry chunk (one, or more when the entry text is odd): for duplicate checks. */
  ids: string[];
  actions: Array<{ id: string; status: string }>;
  skills: Array<{ id: string; level: number | undefined }>;
  experimentsEnded: ExperimentRef[];
  syntaxErrors: boolean;
}

/**
 * Reads the progress of many versions of one plan, such as the blobs of its git history. The
 * text is cut where the analyzer's parser cuts it (a chunk per section entry), and what each
 * chunk contributes is remembered by its text, so a version that differs from an earlier one in
 * a few entries costs a few small parses instead of a whole document. Chunks are read with the
 * analyzer's own parser and model, so the result equals `progressAt` of the whole text.
 */
export class ProgressReader {
  private readonly facts = new Map<string, ChunkFacts>();
  /** Past this many remembered chunks the memory is dropped (a long history of a huge plan). */
  constructor(private readonly maxChunks = 200_000) {}

  read(text: string): PlanProgress {
    const { blocks, masked } = findConflicts(text);
    if (blocks.length) return progressAt(text);
    const layout = layoutChunks(masked);
    if (layout.whole) return progressAt(text);
    if (this.facts.size > this.maxChunks) this.facts.clear();

    const seenSections = new Set<string>();
    const parts: ChunkFacts[] = [];
    let syntaxErrors = false;
    for (const chunk of layout.chunks) {
      const firstLine = masked.slice(chunk.start, lineEnd(masked, chunk.start)).replace(/^\ufeff/, '');
      const key = SIMPLE_KEY.exec(firstLine)?.[1];
      if (key === undefined) {
        // Leading comments or a `---` line parse to nothing; any other key shape needs the whole parse.
        if (/^(---)?[ \t]*(#.*)?\r?$/.test(firstLine)) continue;
        return progressAt(text);
      }
      // A section or entry written twice counts by its last occurrence (see buildModel): rare
      // enough to read the whole text rather than mirror that here.
      if (seenSections.has(key)) return progressAt(text);
      seenSections.add(key);
      const chunkParts = chunk.entries
        ? chunk.entries.map((entry) => this.factsOf(key, masked.slice(entry.start, entry.end)))
        : [this.factsOf('', masked.slice(chunk.start, chunk.end))];
      const ids = new Set<string>();
      for (const part of chunkParts) {
        syntaxErrors ||= part.syntaxErrors;
        for (const id of part.ids) {
          if (ids.has(id)) return progressAt(text);
          ids.add(id);
        }
        if (SECTIONS.has(key)) parts.push(part);
      }
    }
    return combine(parts, syntaxErrors);
  }

  /** The facts of a chunk: a whole top-level section, or one entry parsed under its section's key. */
  private factsOf(section: string, chunkText: string): ChunkFacts {
    const cacheKey = `${section}\u0000${chunkText}`;
    const known = this.facts.get(cacheKey);
    if (known) return known;
    const parsed = new ChunkedYamlParser().parse(section ? `${section}:\n${chunkText}` : chunkText);
    const facts = chunkFacts(buildModel(parsed.root), section, parsed.problems.length > 0);
    this.facts.set(cacheKey, facts);
    return facts;
  }
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function chunkFacts(model: PlanModel, section: string, syntaxErrors: boolean): ChunkFacts {
  return {
    ids: section ? (asMap(model.sections.get(section)?.value)?.pairs ?? []).map(keyText) : [],
    actions: model.actions.map((a) => ({ id: a.id, status: a.status })),
    skills: model.skills.map((s) => ({ id: s.id, level: s.level })),
    experimentsEnded: progressOf(model).experimentsEnded,
    syntaxErrors,
  };
}

/** Chunk facts in text order make the same progress as the model of the whole text. */
function combine(parts: ChunkFacts[], syntaxErrors: boolean): PlanProgress {
  const actionsDone: string[] = [];
  let actionsTotal = 0;
  const skills: Record<string, number> = {};
  const experimentsEnded: ExperimentRef[] = [];
  for (const part of parts) {
    for (const action of part.actions) {
      if (action.status === 'done') actionsDone.push(action.id);
      if (action.status !== 'dropped') actionsTotal++;
    }
    for (const skill of part.skills) {
      if (skill.level !== undefined && !Object.prototype.hasOwnProperty.call(skills, skill.id)) skills[skill.id] = skill.level;
    }
    experimentsEnded.push(...part.experimentsEnded);
  }
  return { actionsDone, actionsTotal, skills, experimentsEnded, syntaxErrors };
}
