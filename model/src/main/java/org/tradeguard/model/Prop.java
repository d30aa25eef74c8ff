package org.tradeguard.model;

import java.util.List;

/**
 * Property names, in FollowTheMoney vocabulary, so FtM JSON maps 1:1. Values are strings, as in
 * FtM; dates are ISO partial dates ({@code 1965}, {@code 1965-03}, {@code 1965-03-07}), countries
 * ISO 3166-1 alpha-2 lower case where the source allows it, otherwise the source's text.
 *
 * <p>Extensions beyond FtM are marked; they carry list facts that FtM keeps elsewhere.
 */
public final class Prop {
    private Prop() {}

    // Names
    public static final String NAME = "name";
    public static final String ALIAS = "alias";
    /** Confirms a match, never triggers one alone (OFAC "weak a.k.a.", UK low-quality a.k.a.). */
    public static final String WEAK_ALIAS = "weakAlias";
    public static final String PREVIOUS_NAME = "previousName";
    public static final String FIRST_NAME = "firstName";
    public static final String MIDDLE_NAME = "middleName";
    public static final String LAST_NAME = "lastName";
    public static final String FATHER_NAME = "fatherName";
    public static final String TITLE = "title";
    public static final String POSITION = "position";

    // Person facts
    public static final String BIRTH_DATE = "birthDate";
    public static final String BIRTH_PLACE = "birthPlace";
    public static final String DEATH_DATE = "deathDate";
    public static final String GENDER = "gender";
    public static final String NATIONALITY = "nationality";
    public static final String CITIZENSHIP = "citizenship";

    // Places
    public static final String COUNTRY = "country";
    public static final String JURISDICTION = "jurisdiction";
    public static final String ADDRESS = "address";
    public static final String INCORPORATION_DATE = "incorporationDate";

    // Identifiers
    public static final String ID_NUMBER = "idNumber";
    public static final String PASSPORT_NUMBER = "passportNumber";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String TAX_NUMBER = "taxNumber";
    public static final String INN_CODE = "innCode";
    public static final String OGRN_CODE = "ogrnCode";
    public static final String LEI_CODE = "leiCode";
    public static final String SWIFT_BIC = "swiftBic";
    public static final String IMO_NUMBER = "imoNumber";
    public static final String MMSI = "mmsi";
    public static final String CALL_SIGN = "callSign";
    public static final String FLAG = "flag";
    public static final String SERIAL_NUMBER = "serialNumber";
    /** Extension: a crypto-currency address named in a listing (OFAC "Digital Currency Address"). */
    public static final String CRYPTO_WALLET = "cryptoWallet";
    public static final String EMAIL = "email";
    public static final String WEBSITE = "website";
    public static final String PHONE = "phone";

    // Listing facts
    /** Sanctions programme code as the authority writes it, e.g. {@code NPWMD}, {@code DPRK3}. */
    public static final String PROGRAM = "program";
    public static final String TOPICS = "topics";
    public static final String NOTES = "notes";
    public static final String SUMMARY = "summary";
    public static final String SOURCE_URL = "sourceUrl";
    public static final String MODIFIED_AT = "modifiedAt";
    public static final String CREATED_AT = "createdAt";

    // Sanction (FtM Sanction schema)
    public static final String ENTITY = "entity";
    public static final String AUTHORITY = "authority";
    public static final String REASON = "reason";
    public static final String PROVISIONS = "provisions";
    public static final String LISTING_DATE = "listingDate";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String UNSC_ID = "unscId";
    public static final String STATUS = "status";
    /** Extension: Entity List licence requirement, e.g. "For all items subject to the EAR". */
    public static final String LICENSE_REQUIREMENT = "licenseRequirement";
    /** Extension: Entity List licence review policy, e.g. "Presumption of denial". */
    public static final String LICENSE_POLICY = "licensePolicy";
    /** Extension: Federal Register citation of a listing. */
    public static final String FEDERAL_REGISTER = "federalRegister";

    // Links (Ownership, Directorship, Family, Associate, UnknownLink, Identification)
    public static final String OWNER = "owner";
    public static final String ASSET = "asset";
    public static final String PERCENTAGE = "percentage";
    public static final String SHARES_COUNT = "sharesCount";
    public static final String SUBJECT = "subject";
    public static final String OBJECT = "object";
    public static final String ROLE = "role";
    public static final String RELATIONSHIP = "relationship";
    public static final String PERSON = "person";
    public static final String RELATIVE = "relative";
    public static final String DIRECTOR = "director";
    public static final String ORGANIZATION = "organization";
    public static final String HOLDER = "holder";
    public static final String NUMBER = "number";
    public static final String TYPE = "type";

    // Address schema
    public static final String FULL = "full";
    public static final String STREET = "street";
    public static final String CITY = "city";
    public static final String POSTAL_CODE = "postalCode";
    public static final String REGION = "region";

    /**
     * Properties holding identifiers strong enough to find an entity on their own (a matcher finds
     * the entity by them whatever the name; readers give them an Identification entity).
     */
    public static final List<String> STRONG_IDENTIFIERS = List.of(ID_NUMBER, PASSPORT_NUMBER, REGISTRATION_NUMBER,
            TAX_NUMBER, INN_CODE, OGRN_CODE, LEI_CODE, SWIFT_BIC, IMO_NUMBER, MMSI, CRYPTO_WALLET, SERIAL_NUMBER, UNSC_ID);
}
