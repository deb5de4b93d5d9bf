-- Schema version 15: the partnership's agreement on the details of signals, per wijk (issue 9).
-- An organisation shares the details of the contact moments it records in a wijk with one partner
-- organisation; that partner's staff who work in the wijk (their wijken) then see them. Only the
-- recording organisation grants or ends this: another organisation's beheerder, who sets the
-- wijken of the own users, cannot give them another organisation's data.
CREATE TABLE signal_sharing (
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  wijk_code TEXT NOT NULL,
  owner_organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  partner_organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (work_area_id, wijk_code, owner_organisation_id, partner_organisation_id),
  CHECK (owner_organisation_id <> partner_organisation_id)
);

-- What was visible before stays visible: until now the details went to every partner's staff with
-- the wijk, so that is recorded as agreed for the wijken those users have today. The owning
-- organisation's beheerder can end each of these on the Beheer page.
INSERT INTO signal_sharing (work_area_id, wijk_code, owner_organisation_id,
                            partner_organisation_id, granted_by, granted_at)
SELECT DISTINCT owner.work_area_id, uw.wijk_code, owner.organisation_id, u.organisation_id,
       'overgenomen bij schemaversie 15', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (SELECT id AS work_area_id, organisation_id FROM work_areas
      UNION SELECT work_area_id, organisation_id FROM work_area_partners) AS owner
JOIN (SELECT id AS work_area_id, organisation_id FROM work_areas
      UNION SELECT work_area_id, organisation_id FROM work_area_partners) AS member
  ON member.work_area_id = owner.work_area_id AND member.organisation_id <> owner.organisation_id
JOIN users u ON u.organisation_id = member.organisation_id
JOIN user_wijken uw ON uw.user_id = u.id
WHERE u.role IN ('beheerder', 'analist', 'wijkteam');
