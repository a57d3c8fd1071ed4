-- A goal's life cycle gets a third kind of proposal (issue 15, item 1): stopping an agreed goal is proposed,
-- and takes effect when every contributing partner consents, like a change. A new enum value cannot be used in
-- the transaction that adds it, so it has a migration of its own; 20261208020000_goal_lifecycle uses it.
alter type public.goal_version_kind add value if not exists 'stopzetting';
