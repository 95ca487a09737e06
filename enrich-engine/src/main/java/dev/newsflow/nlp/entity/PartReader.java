package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * The steps that read a prose or list part of an article at once: the rule finder, the tagger over its mentions and
 * the rules that mend the tagger's spans. A headline or dateline waits for the whole article ({@link #read}).
 * Thread-safe.
 */
final class PartReader {

    /** A sentence, or a part of a line of capitalised parts ({@link SeparatedParts#of}), with its shape. */
    record Part(int sentence, List<Token> tokens, SentenceShape shape) {
    }

    private final ProseMentionFinder prose;
    private final EntityTagger tagger;
    private final GivenNames givenNames;
    private final MonthSurnames monthSurnames;
    private final LineUpNames lineUps = new LineUpNames();
    private final TitledNames titled;
    private final PlaceOfPeople placesOfPeople;
    private final CuedOrganizations cued;
    private final ChannelNumbers channels = new ChannelNumbers();
    private final WebsiteNames websites = new WebsiteNames();
    private final AmpersandNames ampersands;
    private final BroadcasterRegions regions;
    private final SaintNames saints;
    private final PrefixedOrganizations prefixed;
    private final BracketedNames bracketed;
    private final PlaceJoins places;
    private final OrganizationJoins joins;
    private final PartnershipNames partnerships;
    private final OrganizationModifiers modifiers;
    private final InitialedNames initialled;
    private final GeneralNames generals;
    private final StateAbbreviations states;
    private final NationalBodies nationalBodies;
    private final OfTheFragments fragments;
    private final CutNameStarts cutStarts;
    private final JobWordPersons jobWords;

    PartReader(EntityLexicon lexicon, KnownNames names, TaggerModel model, WordClusters clusters) {
        this.prose = new ProseMentionFinder(lexicon, names, new SpanClassifier(lexicon, names));
        this.tagger = new EntityTagger(model, lexicon, names, new ListFlags(lexicon, names), clusters);
        this.givenNames = new GivenNames(lexicon, names);
        this.monthSurnames = new MonthSurnames(lexicon, names);
        this.titled = new TitledNames(lexicon);
        this.placesOfPeople = new PlaceOfPeople(lexicon);
        this.cued = new CuedOrganizations(lexicon);
        this.saints = new SaintNames(lexicon);
        this.prefixed = new PrefixedOrganizations(lexicon);
        this.bracketed = new BracketedNames(lexicon, names);
        this.places = new PlaceJoins(names);
        this.joins = new OrganizationJoins(lexicon, names);
        this.partnerships = new PartnershipNames(lexicon, names);
        this.ampersands = new AmpersandNames(lexicon, names);
        this.regions = new BroadcasterRegions(lexicon, names);
        this.modifiers = new OrganizationModifiers(lexicon, names);
        this.initialled = new InitialedNames(names);
        this.generals = new GeneralNames(lexicon, names);
        this.states = new StateAbbreviations(names);
        this.nationalBodies = new NationalBodies(lexicon);
        this.fragments = new OfTheFragments(lexicon);
        this.cutStarts = new CutNameStarts(lexicon, names);
        this.jobWords = new JobWordPersons(lexicon);
    }

    /** Reads a prose or list part at once; a headline or dateline goes to {@code later}, for the headline finder. */
    void read(String text, Part part, List<Mention> mentions, Set<String> nonNames, List<Mention> unconfirmed,
            List<Part> later) {
        if (part.shape() != SentenceShape.PROSE && part.shape() != SentenceShape.LIST) {
            later.add(part);
            return;
        }
        List<Token> tokens = part.tokens();
        int i = part.sentence();
        int before = mentions.size();
        int waiting = unconfirmed.size();
        prose.find(text, tokens, i, mentions, nonNames);
        tagger.retag(text, tokens, i, mentions, before, unconfirmed);
        givenNames.restore(text, tokens, mentions, before);
        monthSurnames.widen(text, tokens, i, mentions, before);
        titled.retype(tokens, mentions, before);
        jobWords.cut(text, mentions, before);
        placesOfPeople.retype(tokens, mentions, before);
        cued.find(tokens, i, mentions, before, unconfirmed);
        channels.widen(text, tokens, mentions, before);
        channels.add(text, tokens, i, mentions, before, unconfirmed);
        LoneBodyHeads.drop(mentions, before);
        fragments.drop(tokens, mentions, before, unconfirmed);
        generals.join(text, tokens, i, mentions, before, unconfirmed);
        states.add(text, tokens, i, mentions, before, unconfirmed);
        WarNames.drop(text, tokens, mentions, before, unconfirmed);
        regions.join(text, tokens, i, mentions, before, unconfirmed);
        saints.widen(text, tokens, mentions, before);
        saints.widenWaiting(text, tokens, unconfirmed, Math.min(waiting, unconfirmed.size()),
                mentions.subList(before, mentions.size()));
        ampersands.join(text, tokens, i, mentions, before, unconfirmed);
        prefixed.widen(text, tokens, mentions, before);
        bracketed.restore(text, tokens, mentions, before);
        places.join(text, tokens, mentions, before, unconfirmed);
        nationalBodies.find(text, tokens, i, mentions, before, unconfirmed);
        joins.join(text, tokens, mentions, before, unconfirmed);
        cutStarts.widen(text, tokens, mentions, before);
        partnerships.widen(text, tokens, mentions, before, unconfirmed);
        modifiers.find(text, tokens, i, mentions, before);
        initialled.apply(text, tokens, i, mentions, before, unconfirmed);
        boolean lineUp = lineUps.fill(text, tokens, i, mentions, before, part.shape() == SentenceShape.LIST);
        if (part.shape() == SentenceShape.LIST && !lineUp) {
            DocumentTypes.unifyList(mentions.subList(before, mentions.size()));
        }
        websites.add(text, tokens, i, mentions, before, unconfirmed); // after the list's vote: a site is no person's
    }
}
