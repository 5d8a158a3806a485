--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: chosen_alternatives; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chosen_alternatives (
    id bigint NOT NULL,
    user_id text NOT NULL,
    question text NOT NULL,
    section_id text NOT NULL,
    chosen_at timestamp with time zone NOT NULL
);


--
-- Name: chosen_alternatives_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.chosen_alternatives ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.chosen_alternatives_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback (
    id bigint NOT NULL,
    user_id text NOT NULL,
    question text NOT NULL,
    section_id text NOT NULL,
    helpful boolean NOT NULL,
    given_at timestamp with time zone NOT NULL
);


--
-- Name: feedback_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.feedback ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.feedback_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: lead_deletions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lead_deletions (
    id bigint NOT NULL,
    deleted_at timestamp with time zone NOT NULL,
    requested_by text NOT NULL,
    leads_deleted integer NOT NULL
);


--
-- Name: lead_deletions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.lead_deletions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.lead_deletions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: leads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leads (
    offer text NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    address text,
    phone text,
    age_confirmed boolean NOT NULL,
    marketing_consent boolean NOT NULL,
    consent_at timestamp with time zone,
    consent_version text,
    user_id text NOT NULL,
    channel text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: signup_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signup_requests (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    email text,
    user_id text NOT NULL,
    lead_json text,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    confirmed_at timestamp with time zone
);


--
-- Name: state_documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_documents (
    key text NOT NULL,
    json text NOT NULL,
    etag text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: turn_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.turn_events (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    section_id text,
    confidence double precision,
    channel text NOT NULL,
    locale text
);


--
-- Name: turn_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.turn_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.turn_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: unanswered_questions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unanswered_questions (
    id bigint NOT NULL,
    user_id text NOT NULL,
    question text NOT NULL,
    normalized_question text NOT NULL,
    asked_at timestamp with time zone NOT NULL
);


--
-- Name: unanswered_questions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.unanswered_questions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.unanswered_questions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: chosen_alternatives; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chosen_alternatives OVERRIDING SYSTEM VALUE VALUES (1, 'user-1', 'gut and skin?', 'gut-skin-axis', '2025-03-03 09:30:00+00');


--
-- Data for Name: feedback; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.feedback OVERRIDING SYSTEM VALUE VALUES (1, 'user-1', 'Can probiotics help eczema?', 'eczema-probiotics', false, '2025-03-03 09:30:00+00');


--
-- Data for Name: lead_deletions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.lead_deletions OVERRIDING SYSTEM VALUE VALUES (1, '2026-11-30 02:31:57.024881+00', 'Staff', 1);


--
-- Data for Name: leads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.leads VALUES ('trial', 'ann@example.com', 'Ann Smith', '1 High Street, Leeds', '+44 7700 900123', true, true, '2025-03-03 09:30:00+00', 'consent-v1', 'user-1', 'webchat', '2025-03-03 09:30:00+00', '2025-03-03 09:30:00+00');
INSERT INTO public.leads VALUES ('trial', 'bob@example.com', 'Ann Smith', NULL, NULL, true, false, NULL, NULL, 'user-2', 'webchat', '2025-03-03 09:30:00+00', '2025-03-03 09:30:00+00');
INSERT INTO public.leads VALUES ('trial', 'dan@example.com', 'Ann Smith', '1 High Street, Leeds', '+44 7700 900123', true, true, '2025-03-03 09:30:00+00', 'consent-v1', 'user-5', 'webchat', '2025-03-03 10:30:00+00', '2025-03-03 10:30:00+00');


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1, '2026-11-30 02:31:56.317+00');
INSERT INTO public.schema_version VALUES (2, '2026-11-30 02:31:56.317+00');
INSERT INTO public.schema_version VALUES (3, '2026-11-30 02:31:56.317+00');
INSERT INTO public.schema_version VALUES (4, '2026-11-30 02:31:56.317+00');
INSERT INTO public.schema_version VALUES (5, '2026-11-30 02:31:56.317+00');
INSERT INTO public.schema_version VALUES (6, '2026-11-30 02:31:56.317+00');


--
-- Data for Name: signup_requests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signup_requests VALUES ('6f1c2a4e-0b7d-4c55-9a51-2f3e8d9c1b00', 'ab12', 'carol@example.com', 'user-4', '{"Offer":"trial","Email":"carol@example.com","Name":"Ann Smith","Address":"1 High Street, Leeds","Phone":"\u002B44 7700 900123","AgeConfirmed":true,"MarketingConsent":true,"ConsentAt":"2025-03-03T09:30:00+00:00","ConsentVersion":"consent-v1","UserId":"user-4","Channel":"webchat","CreatedAt":"2025-03-03T09:30:00+00:00","UpdatedAt":"2025-03-03T09:30:00+00:00"}', '2025-03-03 09:30:00+00', '2045-02-26 09:30:00+00', NULL);
INSERT INTO public.signup_requests VALUES ('0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d', 'cd34', NULL, 'user-5', NULL, '2025-03-03 09:30:00+00', '2025-03-05 09:30:00+00', '2025-03-03 10:30:00+00');


--
-- Data for Name: state_documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.state_documents VALUES ('webchat/conversations/c-1', '{"step":"email"}', '537a37032a554aed80b2a56344ab9544', '2026-11-30 02:31:56.99091+00');


--
-- Data for Name: turn_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.turn_events OVERRIDING SYSTEM VALUE VALUES (1, '2025-03-03 09:30:00+00', 'Answer', 'eczema-probiotics', 0.82, 'webchat', 'en-GB');
INSERT INTO public.turn_events OVERRIDING SYSTEM VALUE VALUES (2, '2025-03-03 09:30:00+00', 'NoAnswer', NULL, NULL, 'msteams', NULL);


--
-- Data for Name: unanswered_questions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.unanswered_questions OVERRIDING SYSTEM VALUE VALUES (1, 'user-1', 'Is kefir OK?', 'is kefir ok', '2025-03-03 09:30:00+00');


--
-- Name: chosen_alternatives_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.chosen_alternatives_id_seq', 1, true);


--
-- Name: feedback_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.feedback_id_seq', 1, true);


--
-- Name: lead_deletions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.lead_deletions_id_seq', 1, true);


--
-- Name: turn_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.turn_events_id_seq', 2, true);


--
-- Name: unanswered_questions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.unanswered_questions_id_seq', 1, true);


--
-- Name: chosen_alternatives chosen_alternatives_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chosen_alternatives
    ADD CONSTRAINT chosen_alternatives_pkey PRIMARY KEY (id);


--
-- Name: feedback feedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (id);


--
-- Name: lead_deletions lead_deletions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lead_deletions
    ADD CONSTRAINT lead_deletions_pkey PRIMARY KEY (id);


--
-- Name: leads leads_email_offer_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leads
    ADD CONSTRAINT leads_email_offer_unique UNIQUE (email, offer);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: signup_requests signup_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signup_requests
    ADD CONSTRAINT signup_requests_pkey PRIMARY KEY (id);


--
-- Name: state_documents state_documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_documents
    ADD CONSTRAINT state_documents_pkey PRIMARY KEY (key);


--
-- Name: turn_events turn_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.turn_events
    ADD CONSTRAINT turn_events_pkey PRIMARY KEY (id);


--
-- Name: unanswered_questions unanswered_questions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unanswered_questions
    ADD CONSTRAINT unanswered_questions_pkey PRIMARY KEY (id);


--
-- Name: chosen_alternatives_chosen_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX chosen_alternatives_chosen_at ON public.chosen_alternatives USING btree (chosen_at);


--
-- Name: chosen_alternatives_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX chosen_alternatives_user_id ON public.chosen_alternatives USING btree (user_id);


--
-- Name: feedback_given_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_given_at ON public.feedback USING btree (given_at);


--
-- Name: feedback_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_user_id ON public.feedback USING btree (user_id);


--
-- Name: leads_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_created_at ON public.leads USING btree (created_at);


--
-- Name: leads_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leads_user_id ON public.leads USING btree (user_id);


--
-- Name: signup_requests_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX signup_requests_created_at ON public.signup_requests USING btree (created_at);


--
-- Name: signup_requests_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX signup_requests_email ON public.signup_requests USING btree (email);


--
-- Name: signup_requests_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX signup_requests_user_id ON public.signup_requests USING btree (user_id);


--
-- Name: state_documents_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_documents_updated_at ON public.state_documents USING btree (updated_at);


--
-- Name: turn_events_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX turn_events_at ON public.turn_events USING btree (at);


--
-- Name: unanswered_questions_asked_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unanswered_questions_asked_at ON public.unanswered_questions USING btree (asked_at);


--
-- Name: unanswered_questions_normalized; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unanswered_questions_normalized ON public.unanswered_questions USING btree (normalized_question);


--
-- Name: unanswered_questions_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unanswered_questions_user_id ON public.unanswered_questions USING btree (user_id);


--
-- PostgreSQL database dump complete
--


