-- Schema version 7: the work in the wijken (issue 4). The partnership's list of themes
-- (priorities), a profile per wijk per year with its priorities, team and meeting places;
-- activities; yearly campaigns (Christmas trees, superbuur nominations, neighbourhood reporters)
-- with their intake; neighbour mediation cases (CCV steps, no names of the neighbours); physical
-- works per area and period. Wijk and buurt codes are CBS codes (WK0106xx, BU0106xxxx).
CREATE TABLE wijk_themes (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  UNIQUE (work_area_id, name)
);

CREATE TABLE wijk_profiles (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  wijk_code TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  description TEXT NOT NULL,
  focus TEXT NOT NULL CHECK (focus IN ('basis', 'extra')),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (work_area_id, wijk_code, year)
);

CREATE TABLE wijk_profile_priorities (
  profile_id INTEGER NOT NULL REFERENCES wijk_profiles (id) ON DELETE CASCADE,
  theme_id INTEGER NOT NULL REFERENCES wijk_themes (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (profile_id, theme_id)
);

-- Team members: a name and a role in the team, nothing more.
CREATE TABLE wijk_team_members (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES wijk_profiles (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  team_role TEXT NOT NULL
);

CREATE TABLE wijk_meeting_places (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES wijk_profiles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('bic', 'buurthuis', 'wijkcentrum', 'anders')),
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  opened_on TEXT,
  closed_on TEXT
);

CREATE TABLE wijk_activities (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  buurt_code TEXT,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  theme_id INTEGER REFERENCES wijk_themes (id) ON DELETE SET NULL,
  effort TEXT NOT NULL CHECK (effort IN ('Basis', 'Plus', 'PlusPlus')),
  organisations TEXT NOT NULL,
  participants INTEGER NOT NULL CHECK (participants >= 0),
  cost_cents INTEGER NOT NULL CHECK (cost_cents >= 0),
  result TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX wijk_activities_lookup ON wijk_activities (work_area_id, wijk_code, held_on);

-- A yearly campaign made from a template (its kind), with its intake period.
CREATE TABLE wijk_campaigns (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('kerstbomen', 'superbuur', 'wijkreporters')),
  year INTEGER NOT NULL,
  name TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  contribution_cents INTEGER NOT NULL DEFAULT 0 CHECK (contribution_cents >= 0),
  UNIQUE (work_area_id, kind, year)
);

-- One Christmas tree per street per campaign (so per year).
CREATE TABLE wijk_tree_requests (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES wijk_campaigns (id) ON DELETE CASCADE,
  street TEXT NOT NULL,
  street_key TEXT NOT NULL,
  buurt_code TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  pickup_on TEXT,
  contribution_cents INTEGER NOT NULL CHECK (contribution_cents >= 0),
  source TEXT NOT NULL CHECK (source IN ('portaal', 'medewerker')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (campaign_id, street_key)
);

CREATE TABLE wijk_superbuur_nominations (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES wijk_campaigns (id) ON DELETE CASCADE,
  nominee TEXT NOT NULL,
  buurt_code TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  motivation TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('genomineerd', 'gekozen', 'niet_gekozen', 'uitgereikt')),
  award TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('portaal', 'medewerker')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TABLE wijk_reporters (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES wijk_campaigns (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  speciality TEXT NOT NULL CHECK (speciality IN ('schrijven', 'fotografie')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TABLE wijk_reporter_assignments (
  id INTEGER PRIMARY KEY,
  reporter_id INTEGER NOT NULL REFERENCES wijk_reporters (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  subject TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

-- Neighbour mediation along the CCV steps. No names of the neighbours: a case number, the buurt
-- and the kind of dispute. Mediators are named by their volunteer code or first name.
CREATE TABLE wijk_mediation_cases (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  case_number TEXT NOT NULL,
  buurt_code TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  dispute TEXT NOT NULL CHECK (dispute IN ('geluid', 'parkeren', 'erfgrens', 'huisdieren',
                                          'kinderen', 'rommel', 'pesten', 'overig')),
  reported_on TEXT NOT NULL,
  intake_on TEXT,
  mediator_a TEXT NOT NULL DEFAULT '',
  mediator_b TEXT NOT NULL DEFAULT '',
  separate_talks_on TEXT,
  joint_talk_on TEXT,
  agreements_on TEXT,
  aftercare_on TEXT,
  outcome TEXT CHECK (outcome IN ('opgelost', 'deels_opgelost', 'niet_opgelost',
                                  'uitgesloten', 'gestopt')),
  exclusion_reason TEXT CHECK (exclusion_reason IN ('geweld', 'juridische_procedure',
                                                    'psychische_problemen', 'verslaving',
                                                    'partij_weigert', 'geen_burenconflict',
                                                    'anders')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (work_area_id, case_number)
);
CREATE INDEX wijk_mediation_lookup ON wijk_mediation_cases (work_area_id, wijk_code, reported_on);

CREATE TABLE wijk_works (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('sloop', 'nieuwbouw', 'renovatie', 'openbare_ruimte')),
  title TEXT NOT NULL,
  area_code TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  description TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX wijk_works_lookup ON wijk_works (work_area_id, wijk_code, starts_on);
