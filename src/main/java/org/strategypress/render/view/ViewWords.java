package org.strategypress.render.view;

import java.util.function.BinaryOperator;

/**
 * The words of an output's language that its view data writes, from the language's message bundle: {@code places}
 * names the places that cite a reference; {@code share} writes a part of a whole ("17 of 17", az "17 / 17",
 * {@code figure.share}) from the two numbers as the output writes them.
 */
public record ViewWords(Citations.Words places, BinaryOperator<String> share) {
}
