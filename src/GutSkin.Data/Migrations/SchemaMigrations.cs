namespace GutSkin.Data.Migrations;

/// <summary>
/// The schema of both engines as one ordered list of migrations, recorded in <c>schema_version</c>. Each is written once
/// with type tokens that each engine's dialect fills in (see <see cref="Sql.SqlDialect.Render"/>): a new column is one
/// edit here. The tokens give exactly the types each engine's own list gave up to version 6, so databases made then
/// go on from their version.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>
    /// Append only: entry n moves the schema from version n to n + 1. Never edit an entry that has shipped.
    /// JSON is kept as text (not jsonb), so a document reads back byte for byte as it was written.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: conversation state, leads, feedback, unanswered questions.
        """
        CREATE TABLE state_documents (
            key        {Text} NOT NULL PRIMARY KEY,
            json       {Text} NOT NULL,
            etag       {Text} NOT NULL,
            updated_at {Time} NOT NULL
        );

        CREATE TABLE leads (
            offer             {Text} NOT NULL,
            email             {Text} NOT NULL,
            name              {Text} NOT NULL,
            address           {Text},
            phone             {Text},
            age_confirmed     {Bool} NOT NULL,
            marketing_consent {Bool} NOT NULL,
            consent_at        {Time},
            consent_version   {Text},
            user_id           {Text} NOT NULL,
            channel           {Text} NOT NULL,
            created_at        {Time} NOT NULL,
            updated_at        {Time} NOT NULL,
            CONSTRAINT leads_email_offer_unique UNIQUE (email, offer)
        );
        CREATE INDEX leads_user_id ON leads (user_id);

        CREATE TABLE feedback (
            id         {Id},
            user_id    {Text} NOT NULL,
            question   {Text} NOT NULL,
            section_id {Text} NOT NULL,
            helpful    {Bool} NOT NULL,
            given_at   {Time} NOT NULL
        );
        CREATE INDEX feedback_user_id ON feedback (user_id);

        CREATE TABLE unanswered_questions (
            id                  {Id},
            user_id             {Text} NOT NULL,
            question            {Text} NOT NULL,
            normalized_question {Text} NOT NULL,
            asked_at            {Time} NOT NULL
        );
        CREATE INDEX unanswered_questions_user_id ON unanswered_questions (user_id);
        CREATE INDEX unanswered_questions_normalized ON unanswered_questions (normalized_question);
        """,

        // 2: per-turn analytics for the dashboard.
        """
        CREATE TABLE turn_events (
            id         {Id},
            at         {Time} NOT NULL,
            kind       {Text} NOT NULL,
            section_id {Text},
            confidence {Real},
            channel    {Text} NOT NULL,
            locale     {Text}
        );
        CREATE INDEX turn_events_at ON turn_events (at);
        """,

        // 3: the deletion log.
        """
        CREATE TABLE lead_deletions (
            id            {Id},
            deleted_at    {Time} NOT NULL,
            requested_by  {Text} NOT NULL,
            leads_deleted {Integer} NOT NULL
        );
        """,

        // 4: signups waiting for e-mail confirmation.
        """
        CREATE TABLE signup_requests (
            id           {Uuid} NOT NULL PRIMARY KEY,
            token_hash   {Text} NOT NULL,
            email        {Text},
            user_id      {Text} NOT NULL,
            lead_json    {Text},
            created_at   {Time} NOT NULL,
            expires_at   {Time} NOT NULL,
            confirmed_at {Time}
        );
        CREATE INDEX signup_requests_user_id ON signup_requests (user_id);
        CREATE INDEX signup_requests_email ON signup_requests (email);
        CREATE INDEX signup_requests_created_at ON signup_requests (created_at);
        """,

        // 5: "did you mean" choices, and the dashboard's time indexes.
        """
        CREATE TABLE chosen_alternatives (
            id         {Id},
            user_id    {Text} NOT NULL,
            question   {Text} NOT NULL,
            section_id {Text} NOT NULL,
            chosen_at  {Time} NOT NULL
        );
        CREATE INDEX chosen_alternatives_user_id ON chosen_alternatives (user_id);
        CREATE INDEX chosen_alternatives_chosen_at ON chosen_alternatives (chosen_at);
        CREATE INDEX feedback_given_at ON feedback (given_at);
        CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);
        CREATE INDEX leads_created_at ON leads (created_at);
        """,

        // 6: conversation retention.
        """
        CREATE INDEX state_documents_updated_at ON state_documents (updated_at);
        """,

        // 7: the web host's data-protection key ring, shared by every instance on the database.
        """
        CREATE TABLE protection_keys (
            name       {Text} NOT NULL PRIMARY KEY,
            xml        {Text} NOT NULL,
            created_at {Time} NOT NULL
        );
        """,
    ];

    /// <summary>The table that records which versions are applied.</summary>
    public const string VersionTable = "CREATE TABLE schema_version (version {Integer} NOT NULL PRIMARY KEY, applied_at {Time} NOT NULL);";

    /// <summary>The schema version this code writes and expects.</summary>
    public static int LatestVersion => All.Count;
}
