import { Injectable } from '@nestjs/common';
import { Feed } from 'feed';
import { createHash } from 'node:crypto';
import { CommentKind } from '../comments/comment.entity';
import { CommentsService } from '../comments/comments.service';
import { Commitment } from '../commitments/commitment.entity';
import { Evidence } from '../ledger/evidence.entity';
import { LedgerService } from '../ledger/ledger.service';
import { licenceOf } from '../organisations/licences';
import { Revision, RevisionSubject } from '../revisions/revision.entity';
import { RevisionsService } from '../revisions/revisions.service';
import { RoundtableStatus } from '../roundtables/roundtable.entity';
import { RoundtablesService } from '../roundtables/roundtables.service';
import { whenInWords } from '../roundtables/registrations/roundtable-mail';
import { audienceLabel, formatDay, reasonLabel, statusLabel } from './labels';
import { PublicLinks, PublicPlan } from './public-plan';

/** The most entries a feed holds, newest first: readers keep what they have already seen. */
export const FEED_ENTRIES = 50;

/** The fields of a commitment or milestone whose edits the feeds show, with their names. */
const EDITED_FIELDS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  successCriteria: 'Success criteria',
  dueDate: 'Due date',
  theme: 'Theme',
};
const DATE_FIELDS = new Set(['dueDate']);

/** One entry of a feed, before it is written as Atom. */
interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: Date;
  /** HTML. */
  content: string;
  /** The commitment it is about; null for the plan's own (publication, roundtables). */
  commitmentId: string | null;
}

/** `urn:uuid:` of a record's own id: the same whatever address the feed is read at. */
export const entryId = (uuid: string): string => `urn:uuid:${uuid}`;

/** A name-based UUID (RFC 4122 version 5, SHA-1) for an entry that has no record of its own. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update('action-plan-tracker:').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown shown as its text, paragraph by paragraph: a feed reader renders no markup of ours it did not expect. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The plan's Atom feeds (RFC 4287), per plan and per commitment: ledger entries in both lenses
 * with their evidence, edits of commitments' and milestones' wording and dates (before and
 * after), the party's responses (right of reply) that are not hidden, the plan's publication and
 * its roundtables announced and held (what, when, for whom, how many; never who). Entry ids are
 * `urn:uuid:` of the record they report, so they never change; links go to the public pages.
 */
@Injectable()
export class PlanFeeds {
  constructor(
    private readonly ledger: LedgerService,
    private readonly revisions: RevisionsService,
    private readonly comments: CommentsService,
    private readonly roundtables: RoundtablesService,
  ) {}

  /** The plan's feed, or one commitment's when `commitment` is given. */
  async atom(found: PublicPlan, commitment: Commitment | null): Promise<string> {
    const links = new PublicLinks(found);
    const all = await this.entries(found, links);
    const entries = all
      .filter((entry) => commitment === null || entry.commitmentId === commitment.id)
      .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : 1))
      .slice(0, FEED_ENTRIES);
    const { organisation, plan } = found;
    const self = commitment
      ? links.follow('feeds', `${encodeURIComponent(plan.slug)}/${encodeURIComponent(commitment.reference)}.atom`)
      : links.follow('feeds', `${encodeURIComponent(plan.slug)}.atom`);
    const feed = new Feed({
      id: entryId(commitment ? commitment.id : plan.id),
      title: commitment ? `${commitment.reference} ${commitment.title} – ${plan.title}` : plan.title,
      description: commitment
        ? `What happens to commitment ${commitment.reference} of ${plan.title}: updates, evidence, edits and the party’s responses.`
        : `What happens to ${plan.title}: updates, evidence, edits, the party’s responses and roundtables.`,
      link: commitment ? links.commitment(commitment.reference) : links.plan,
      feedLinks: { atom: self },
      updated: entries[0]?.date ?? new Date(plan.publishedAt ?? plan.updatedAt),
      author: { name: organisation.name, ...(organisation.website ? { link: organisation.website } : {}) },
      copyright: licenceOf(organisation.licence).title,
      generator: 'Action Plan Tracker',
      language: 'en-GB',
    });
    for (const entry of entries) {
      feed.addItem({ id: entry.id, title: entry.title, link: entry.link, date: entry.date, content: entry.content });
    }
    return feed.atom1();
  }

  private async entries(found: PublicPlan, links: PublicLinks): Promise<FeedEntry[]> {
    const { plan, state } = found;
    const [updates, evidence, revisions, comments, roundtables] = await Promise.all([
      this.ledger.findByPlanId(plan.id),
      this.ledger.findEvidenceByPlanId(plan.id),
      this.revisions.findForPlan(plan, []),
      this.comments.findByPlanIds([plan.id], false),
      this.roundtables.findByPlanIds([plan.id]),
    ]);
    const commitments = new Map(state.commitments.map((commitment) => [commitment.id, commitment]));
    const milestones = new Map(state.milestones.map((milestone) => [milestone.id, milestone]));
    const evidenceOf = new Map<string, Evidence[]>();
    for (const item of evidence)
      evidenceOf.set(item.statusUpdateId, [...(evidenceOf.get(item.statusUpdateId) ?? []), item]);
    const entries: FeedEntry[] = [];

    for (const update of updates) {
      const commitment = commitments.get(update.commitmentId);
      if (!commitment) continue;
      const milestone = update.milestoneId ? milestones.get(update.milestoneId) : undefined;
      const subject = milestone ? `${commitment.reference} ${milestone.reference}` : commitment.reference;
      const lens = milestone ? 'Milestone' : update.lens === 'ASSESSMENT' ? 'Assessment' : 'Party’s account';
      const items = (evidenceOf.get(update.id) ?? []).sort((a, b) => a.position - b.position);
      const content = [
        `<p><strong>${escapeHtml(milestone ? milestone.title : commitment.title)}</strong></p>`,
        `<p>${lens}: ${escapeHtml(statusLabel(update.status))}</p>`,
        update.onBehalfOfParty ? '<p>Recorded by the organisation on the party’s behalf.</p>' : '',
        update.correctsId ? '<p>This entry corrects an earlier one.</p>' : '',
        paragraphs(update.narrative),
        update.reasonCode ? `<p>Reason: ${escapeHtml(reasonLabel(update.reasonCode))}</p>` : '',
        items.length > 0
          ? `<p>Evidence:</p><ul>${items
              .map(
                (item) =>
                  `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>${
                    item.publishedOn ? ` (${formatDay(item.publishedOn)})` : ''
                  }</li>`,
              )
              .join('')}</ul>`
          : '<p>No public evidence given with this entry.</p>',
      ].join('');
      entries.push({
        id: entryId(update.id),
        title: `${subject} ${lens.toLowerCase()}: ${statusLabel(update.status)}`,
        link: links.commitment(commitment.reference),
        date: new Date(update.createdAt),
        content,
        commitmentId: commitment.id,
      });
    }

    entries.push(...this.edits(revisions, commitments, milestones, links));

    const published = revisions.filter(
      (revision) =>
        revision.subjectType === RevisionSubject.PLAN && revision.field === 'publishedAt' && revision.after !== null,
    );
    for (const revision of published) {
      entries.push(this.publication(found, links, entryId(revision.id), revision.after ?? revision.createdAt));
    }
    if (published.length === 0 && plan.publishedAt) {
      entries.push(this.publication(found, links, entryId(nameUuid(`${plan.id}:published`)), plan.publishedAt));
    }

    for (const comment of comments) {
      if (comment.kind !== CommentKind.RESPONSE) continue;
      const commitment = commitments.get(comment.commitmentId);
      if (!commitment) continue;
      const stance =
        comment.stance === 'AGREE'
          ? 'agrees with the assessment'
          : comment.stance === 'DISAGREE'
            ? 'disagrees with the assessment'
            : 'responds';
      entries.push({
        id: entryId(comment.id),
        title: `${commitment.reference} party’s response: ${stance}`,
        link: links.commitment(commitment.reference),
        date: new Date(comment.createdAt),
        content: `<p><strong>${escapeHtml(commitment.title)}</strong></p><p>The party’s liaison ${stance}.</p>${paragraphs(comment.body)}`,
        commitmentId: commitment.id,
      });
    }

    const counts = await this.roundtables.countRegistrations(roundtables.map((roundtable) => roundtable.id));
    const held = new Map<string, Revision>();
    for (const revision of await this.revisions.findBySubjects(
      RevisionSubject.ROUNDTABLE,
      roundtables.map((roundtable) => roundtable.id),
    )) {
      if (revision.field === 'status' && revision.after === RoundtableStatus.HELD)
        held.set(revision.subjectId, revision);
    }
    for (const roundtable of roundtables) {
      const where = roundtable.online ? 'Online' : escapeHtml(roundtable.location ?? '');
      const places = counts.get(roundtable.id)?.registered ?? 0;
      const details = [
        `<p><strong>${escapeHtml(roundtable.title)}</strong></p>`,
        `<p>When: ${escapeHtml(whenInWords(roundtable))}</p>`,
        `<p>For: ${escapeHtml(audienceLabel(roundtable.audience))}</p>`,
        `<p>Where: ${where}</p>`,
      ].join('');
      const cancelled =
        roundtable.status === RoundtableStatus.CANCELLED
          ? `<p>Cancelled${roundtable.cancellationReason ? `: ${escapeHtml(roundtable.cancellationReason)}` : '.'}</p>`
          : '';
      entries.push({
        id: entryId(roundtable.id),
        title: `Roundtable announced: ${roundtable.title}`,
        link: links.roundtable(roundtable.id),
        date: new Date(roundtable.createdAt),
        content: `${details}${
          roundtable.capacity === null ? '' : `<p>Places: ${roundtable.capacity}</p>`
        }<p>Places taken: ${places}</p>${cancelled}${paragraphs(roundtable.description)}`,
        commitmentId: null,
      });
      if (roundtable.status === RoundtableStatus.HELD) {
        const revision = held.get(roundtable.id);
        entries.push({
          id: entryId(revision ? revision.id : nameUuid(`${roundtable.id}:held`)),
          title: `Roundtable held: ${roundtable.title}`,
          link: links.roundtable(roundtable.id),
          date: new Date(revision ? revision.createdAt : roundtable.endsAt),
          content: `${details}<p>People who took part: ${roundtable.attendance ?? 0}</p>`,
          commitmentId: null,
        });
      }
    }
    return entries;
  }

  /** Edits of commitments' and milestones' wording and dates, one entry per edit (its fields together). */
  private edits(
    revisions: readonly Revision[],
    commitments: ReadonlyMap<string, Commitment>,
    milestones: ReadonlyMap<string, { reference: string; title: string; commitmentId: string }>,
    links: PublicLinks,
  ): FeedEntry[] {
    const groups = new Map<string, Revision[]>();
    for (const revision of revisions) {
      const subject = revision.subjectType;
      if (subject !== RevisionSubject.COMMITMENT && subject !== RevisionSubject.MILESTONE) continue;
      // Version 1 is the creation: every field from empty, which the page shows as the original wording.
      if (revision.version <= 1 || !(revision.field in EDITED_FIELDS)) continue;
      const key = `${subject}:${revision.subjectId}:${revision.version}`;
      groups.set(key, [...(groups.get(key) ?? []), revision]);
    }
    const entries: FeedEntry[] = [];
    for (const group of groups.values()) {
      const first = group[0];
      const milestone = first.subjectType === RevisionSubject.MILESTONE ? milestones.get(first.subjectId) : undefined;
      const commitment = commitments.get(milestone ? milestone.commitmentId : first.subjectId);
      if (!commitment || (first.subjectType === RevisionSubject.MILESTONE && !milestone)) continue;
      const subject = milestone ? `${commitment.reference} ${milestone.reference}` : commitment.reference;
      const show = (field: string, value: string | null): string =>
        value === null || value === '' ? '(none)' : escapeHtml(DATE_FIELDS.has(field) ? formatDay(value) : value);
      const changes = group
        .map(
          (revision) =>
            `<p><strong>${EDITED_FIELDS[revision.field]}</strong>: <del>${show(revision.field, revision.before)}</del> → <ins>${show(revision.field, revision.after)}</ins></p>`,
        )
        .join('');
      const what = group.every((revision) => DATE_FIELDS.has(revision.field))
        ? 'due date changed'
        : group.some((revision) => DATE_FIELDS.has(revision.field))
          ? 'wording and due date changed'
          : 'wording changed';
      entries.push({
        id: entryId(first.id),
        title: `${subject} ${what}`,
        link: links.commitment(commitment.reference),
        date: new Date(first.createdAt),
        content: `<p><strong>${escapeHtml(milestone ? milestone.title : commitment.title)}</strong></p>${changes}`,
        commitmentId: commitment.id,
      });
    }
    return entries;
  }

  private publication(found: PublicPlan, links: PublicLinks, id: string, at: string): FeedEntry {
    return {
      id,
      title: `Plan published: ${found.plan.title}`,
      link: links.plan,
      date: new Date(at),
      content: `<p>${escapeHtml(found.organisation.name)} published ${escapeHtml(found.plan.title)}, agreed with ${escapeHtml(
        found.plan.counterpart,
      )}${found.plan.agreedOn ? ` on ${formatDay(found.plan.agreedOn)}` : ''}.</p>`,
      commitmentId: null,
    };
  }
}
