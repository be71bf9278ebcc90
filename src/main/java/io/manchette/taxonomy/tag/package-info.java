/** Tags: public reads under {@code /api/tags}, management under {@code /api/admin/tags}; a tag on articles cannot be deleted. */
package io.manchette.taxonomy.tag;
