package org.jiceng.target.ledger;

/** A file as it arrived (name and bytes), checked by the service before anything is written. */
public record Upload(String fileName, byte[] content) {
}
