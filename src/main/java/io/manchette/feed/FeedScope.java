package io.manchette.feed;

/** The two tabs of "Le fil info": every published article ("Tous") or those on the front page ("La Une"). */
public enum FeedScope {
    ALL,
    FRONT
}
