package io.explainers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.explainers.Fixtures;

/** A Spanish trend article: the same format with Spanish scaffolding, read into the same parts. */
class SpanishArticleParserTest {

    static final String NOTA = "Información reunida de foros públicos o de datos disponibles en internet y presentada aquí.";

    @Test
    void theSpanishScaffoldingIsRecognised() {
        ParsedArticle parsed = ArticleParser.parse(
                Fixtures.text("/articles/es/que-es-el-juego-sensorial-para-ninos-pequenos.txt"), NOTA);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(), parsed.warnings(), "nothing left unread, nothing guessed");
        Article article = parsed.article();
        assertEquals("Tendencias EE. UU.", article.source(), "a label line may end with an abbreviation");
        assertEquals("¿Qué es el juego sensorial para niños pequeños?", article.title());
        assertEquals("que-es-el-juego-sensorial-para-ninos-pequenos", article.slug());
        assertEquals("qué es el juego sensorial para niños pequeños", article.focusPhrase(), "from “Frase clave”");
        assertEquals("Descubre qué es el juego sensorial para niños pequeños, por qué les ayuda a aprender e ideas fáciles "
                + "para probar en casa esta semana.", article.metaDescription(), "from “meta descripción”");
        assertEquals("el juego sensorial es aprender tocando y probando.", article.inSimpleTerms(),
                "from “En términos simples:”");
        assertEquals("Preguntas frecuentes", article.faqHeading());
        assertEquals(List.of("¿Ensucia? | A veces, y no pasa nada.",
                "¿Desde qué edad? | Desde bebés, siempre con un adulto cerca."),
                article.faq().stream().map(qa -> qa.question() + " | " + qa.answer()).toList());
        assertEquals(List.of("Qué es el juego sensorial para niños pequeños", "Por qué ayuda"),
                article.sections().stream().map(Article.Part::heading).toList(), "“Notas SEO” is not a section");
        assertEquals("En casa:", article.sections().get(1).items().get(0).label());
        assertEquals(NOTA, article.bottomNote(), "from “Línea de nota final”");
    }

    @Test
    void spanishTitlesAreQuestionsWithBothMarks() {
        assertEquals("¿Qué es la terapia ocupacional para niños?", Titles.title("qué es la terapia ocupacional para niños"));
        assertEquals("¿Cómo calmar una rabieta?", Titles.title("cómo calmar una rabieta"));
        assertEquals("¿Por qué lloran los bebés?", Titles.title("por qué lloran los bebés"));
        assertEquals("Por la mañana", Titles.title("por la mañana"));
        assertEquals("que-es-la-terapia-ocupacional-para-ninos", Titles.slug("qué es la terapia ocupacional para niños"));
    }

    @Test
    void aTitleLineWithItsQuestionMarksGivesTheFocusPhraseWithout() {
        String text = Fixtures.text("/articles/es/que-es-el-juego-sensorial-para-ninos-pequenos.txt")
                .replace("qué es el juego sensorial para niños pequeños\n", "¿qué es el juego sensorial para niños pequeños?\n")
                .replaceAll("(?m)^.*[Ff]rase clave.*$", "");
        Article article = ArticleParser.parse(text, NOTA).article();
        assertEquals("qué es el juego sensorial para niños pequeños", article.focusPhrase());
        assertEquals("¿Qué es el juego sensorial para niños pequeños?", article.title());
    }
}
