package io.hookwire.itests;

import static io.hookwire.itests.Visitors.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The notes example plugin end to end, as a user drives it over HTTP: register, sign in, create a team, create,
 * list, update and delete a note, upload an attachment (checked in the plugin's drive on disk) and download it;
 * another user and nobody get nothing; an operator who takes an ability away gets the user a 403; and the
 * enterprise-audit plugin's DLP filter ({@code http:response}) redacts a card number from what the notes answer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NotesIT extends RuntimeTestSupport {
    private static final String NOTES = "/api/v1/notes";

    @Before
    public void notesAnswer() throws Exception {
        Visitors.awaitAccounts(http);
        http.await(NOTES, 401, 60);
    }

    @Test
    public void aUserWritesNotesWithAttachmentsInTheirTeam() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        JsonNode team = ok(ada.http().send("POST", "/api/v1/teams", "{\"name\":\"Acme\"}"), 201);
        assertThat(team.get("role").asText()).isEqualTo("owner");

        JsonNode created = ok(ada.http().send("POST", NOTES, "{\"title\":\"Groceries\",\"body\":\"milk, eggs\"}"),
                201);
        String id = created.get("id").asText();
        assertThat(created.get("title").asText()).isEqualTo("Groceries");
        assertThat(ok(ada.http().get(NOTES), 200).get("notes").toString()).contains(id, "Groceries");

        JsonNode updated = ok(ada.http().send("PUT", NOTES + "/" + id,
                "{\"title\":\"Groceries for Sunday\",\"body\":\"milk, eggs, bread\"}"), 200);
        assertThat(updated.get("title").asText()).isEqualTo("Groceries for Sunday");
        assertThat(ok(ada.http().get(NOTES + "/" + id), 200).get("body").asText()).isEqualTo("milk, eggs, bread");

        // an attachment, streamed into the plugin's own drive
        Http.Answer upload = ada.http().sendTyped("POST", NOTES + "/" + id + "/attachments?name=list.txt",
                "application/octet-stream", "1 litre of milk\n");
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        Path stored = Path.of(context.getProperty("hookwire.data"), "drive", "notes", "attachments", id, "list.txt");
        assertThat(stored).hasContent("1 litre of milk");
        assertThat(ok(ada.http().get(NOTES + "/" + id + "/attachments"), 200).toString()).contains("list.txt");
        Http.Answer download = ada.http().get(NOTES + "/" + id + "/attachments/list.txt");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("1 litre of milk\n");

        // as a browser's form sends it: multipart, the file after a field, named by its (UTF-8) file name
        String boundary = "----hookwireItest" + System.nanoTime();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nfor Sunday\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\tmp\\r\u00e9sum\u00e9.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nbread\r\n--" + boundary + "--\r\n";
        Http.Answer multipart = ada.http().sendTyped("POST", NOTES + "/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary, form);
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(201);
        assertThat(multipart.json().get("name").asText()).isEqualTo("r\u00e9sum\u00e9.txt");
        assertThat(multipart.json().get("contentType").asText()).isEqualTo("text/plain");
        assertThat(ada.http().get(NOTES + "/" + id + "/attachments/r%C3%A9sum%C3%A9.txt").body()).isEqualTo("bread");
        Http.Answer cut = ada.http().sendTyped("POST", NOTES + "/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary, form.substring(0, form.length() - 30));
        assertThat(ok(cut, 400).get("details").get("field").asText()).isEqualTo("body");
        Http.Answer noFile = ada.http().sendTyped("POST", NOTES + "/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary, form.substring(0, form.indexOf("--" + boundary, 10))
                        + "--" + boundary + "--\r\n");
        assertThat(ok(noFile, 400).get("details").get("field").asText()).isEqualTo("file");

        // nobody else sees it
        Visitors.Visitor bob = Visitors.signedIn(http, "bob");
        assertThat(bob.http().get(NOTES + "/" + id).status()).isEqualTo(404);
        assertThat(ok(bob.http().get(NOTES), 200).get("notes").toString()).doesNotContain(id);
        assertThat(ok(http.get(NOTES + "/" + id), 401).get("error").asText()).isEqualTo("unauthenticated");

        // delete: to the trash, then for good, with its attachment
        assertThat(ada.http().send("DELETE", NOTES + "/" + id, null).status()).isEqualTo(200);
        assertThat(ok(ada.http().get(NOTES), 200).get("notes").toString()).doesNotContain(id);
        assertThat(ok(ada.http().get(NOTES + "?trashed=true"), 200).get("notes").toString()).contains(id);
        assertThat(ada.http().send("POST", NOTES + "/" + id + "/purge", null).status()).isEqualTo(204);
        assertThat(ada.http().get(NOTES + "/" + id).status()).isEqualTo(404);
        assertThat(Files.exists(stored)).as("the attachment is gone from the drive").isFalse();
    }

    @Test
    public void theAuditPluginsDlpFilterRedactsCardNumbersInTheAnswerAndNothingElse() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        String body = "card 4111 1111 1111 1111, order 1234-5678, ref 4111111111111112";
        JsonNode created = ok(ada.http().send("POST", NOTES, "{\"title\":\"Payment\",\"body\":\"" + body + "\"}"),
                201);
        Http.Answer read = ada.http().get(NOTES + "/" + created.get("id").asText());
        assertThat(read.status()).isEqualTo(200);
        // the Luhn-valid card number goes; the order number and a number that fails the Luhn check stay
        assertThat(read.json().get("body").asText())
                .isEqualTo("card [REDACTED], order 1234-5678, ref 4111111111111112");
        assertThat(read.json().get("title").asText()).isEqualTo("Payment");
    }

    @Test
    public void badInputIsA400AndNothingIsStored() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        JsonNode error = ok(ada.http().send("POST", NOTES, "{\"title\":\"\",\"body\":\"x\"}"), 400);
        assertThat(error.get("details").get("field").asText()).isEqualTo("title");
        assertThat(ok(ada.http().get(NOTES), 200).get("notes")).isEmpty();
    }

    @Test
    public void anAbilityTakenAwayByTheOperatorIsA403ThatNamesIt() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        Http.Answer revoke = admin.put("abilities/notes:write", "{\"roles\":[]}");
        assertThat(revoke.status()).as(revoke.body()).isEqualTo(200);
        try {
            JsonNode denied = ok(ada.http().send("POST", NOTES, "{\"title\":\"t\",\"body\":\"b\"}"), 403);
            assertThat(denied.get("error").asText()).isEqualTo("forbidden");
            assertThat(denied.get("details").get("ability").asText()).isEqualTo("notes:write");
            assertThat(ada.http().get(NOTES).status()).as("reading needs notes:read, still held").isEqualTo(200);
        } finally {
            assertThat(admin.send("DELETE", "abilities/notes:write").status()).isEqualTo(200);
        }
        assertThat(ada.http().send("POST", NOTES, "{\"title\":\"t\",\"body\":\"b\"}").status()).isEqualTo(201);
    }
}
