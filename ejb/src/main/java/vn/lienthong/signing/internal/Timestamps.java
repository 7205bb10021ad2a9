package vn.lienthong.signing.internal;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import vn.lienthong.signing.TimestampUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RFC 3161 signature timestamps (what turns PAdES-B-B into B-T): the TSA stamps the SHA-256 of the signature value,
 * and the token goes into the signer's unsigned attributes as {@code signature-time-stamp}.
 */
public final class Timestamps {

    /** Room a timestamp token takes in a PDF's /Contents: the TSA's chain plus the token itself. */
    public static final int TOKEN_ALLOWANCE = 12 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_RESPONSE = 256 * 1024;
    private static final SecureRandom NONCES = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(Timestamps.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Timestamps() {
    }

    /**
     * The same detached SignedData (DER) with a timestamp from {@code authority} on each signer.
     *
     * @throws TimestampUnavailableException when the authority cannot be reached or answers wrongly
     */
    public static byte[] stamp(byte[] signedData, URI authority) {
        try {
            CMSSignedData signed = new CMSSignedData(signedData);
            List<SignerInformation> stamped = new ArrayList<>();
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                TimeStampToken token = request(authority, signer.getSignature());
                ASN1EncodableVector attributes = signer.getUnsignedAttributes() == null
                        ? new ASN1EncodableVector() : signer.getUnsignedAttributes().toASN1EncodableVector();
                attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
                stamped.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes)));
            }
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded();
        } catch (CMSException | IOException | TSPException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Timestamp authority " + authority + " gave no usable timestamp");
            throw new TimestampUnavailableException(authority.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampUnavailableException(authority.toString());
        }
    }

    private static TimeStampToken request(URI authority, byte[] signatureValue)
            throws IOException, InterruptedException, TSPException, NoSuchAlgorithmException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256,
                MessageDigest.getInstance("SHA-256").digest(signatureValue), new BigInteger(64, NONCES));
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(authority).timeout(TIMEOUT)
                        .header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_RESPONSE);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        TimeStampResponse answer = new TimeStampResponse(body);
        answer.validate(request); // nonce, digest and status: the answer is to this request
        if (answer.getTimeStampToken() == null) {
            throw new TSPException("refused: " + answer.getStatusString());
        }
        return answer.getTimeStampToken();
    }
}
